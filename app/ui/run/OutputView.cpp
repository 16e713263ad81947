#include "OutputView.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>

namespace Duet
{

OutputView::OutputView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("Run the demo to see its output here."));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setAccessibleName(tr("Program output"));
    setMaximumBlockCount(50000);
    setUndoRedoEnabled(false);
}

QColor OutputView::errorColour() const
{
    // Red that keeps its contrast on the theme's background.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

void OutputView::appendOutput(const QString &text, bool standardError)
{
    QTextCharFormat format;
    format.setForeground(standardError ? errorColour() : palette().color(QPalette::Text));
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, format);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void OutputView::appendBlock(const QString &text, const QTextCharFormat &format)
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!cursor.atBlockStart())
        cursor.insertBlock();
    cursor.insertText(text, format);
    cursor.insertBlock();
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void OutputView::appendHeading(const QString &title)
{
    QTextCharFormat format;
    format.setForeground(palette().color(QPalette::PlaceholderText));
    format.setFontWeight(QFont::Bold);
    appendBlock(QStringLiteral("── %1 ──").arg(title), format);
}

void OutputView::appendNote(const QString &text)
{
    QTextCharFormat format;
    format.setForeground(palette().color(QPalette::PlaceholderText));
    format.setFontItalic(true);
    appendBlock(text, format);
}

void OutputView::appendDiagnostics(const Diagnostics &diagnostics)
{
    for (const Diagnostic &diagnostic : diagnostics) {
        QTextCharFormat format;
        format.setForeground(diagnostic.severity == Diagnostic::Severity::Note ? palette().color(QPalette::Text)
                                                                               : errorColour());
        if (diagnostic.displayedLine > 0)
            format.setFontUnderline(true);
        // The file as the learner knows it, not a resource or cache path.
        Diagnostic shown = diagnostic;
        shown.file = QFileInfo(diagnostic.file).fileName();
        if (diagnostic.displayedLine > 0)
            shown.line = diagnostic.displayedLine;
        appendBlock(shown.toCompilerString(), format);
        if (diagnostic.displayedLine > 0)
            m_diagnosticBlocks.insert(document()->blockCount() - 2, diagnostic);
    }
}

void OutputView::appendCompilerOutput(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    appendNote(tr("The compiler said:"));
    QTextCharFormat format;
    format.setForeground(palette().color(QPalette::Text));
    appendBlock(text.trimmed(), format);
}

void OutputView::finishRun()
{
    if (document()->isEmpty())
        setPlaceholderText(tr("The program printed nothing."));
}

void OutputView::clearOutput()
{
    m_diagnosticBlocks.clear();
    clear();
    setPlaceholderText(tr("Run the demo to see its output here."));
}

void OutputView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int block = cursorForPosition(event->position().toPoint()).blockNumber();
    if (const auto found = m_diagnosticBlocks.constFind(block); found != m_diagnosticBlocks.cend())
        Q_EMIT diagnosticActivated(*found);
}

} // namespace Duet
