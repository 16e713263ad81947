#include "OutputView.h"

#include "core/run/LinkedOutput.h"

#include <QEvent>
#include <QFontDatabase>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QUrlQuery>

namespace Duet
{

namespace
{

/// Where a piece of text keeps its role, for restyling.
constexpr int roleProperty = QTextFormat::UserProperty + 1;

/// "duet-line:python:12:5": a place in a pane, as a link's target.
QString target(const OutputLink &link)
{
    return QStringLiteral("duet-line:%1:%2:%3").arg(languageKey(link.language)).arg(link.line).arg(link.column);
}

} // namespace

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
    setMouseTracking(true);
}

QTextCharFormat OutputView::formatFor(ThemeColours::Role role)
{
    QTextCharFormat format;
    format.setForeground(ThemeColours::active().colour(role));
    format.setProperty(roleProperty, int(role));
    return format;
}

void OutputView::insert(const QString &text, const QTextCharFormat &format)
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, format);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void OutputView::appendOutput(const QString &text, bool standardError)
{
    insert(text, formatFor(standardError ? ThemeColours::Role::StandardError : ThemeColours::Role::StandardOutput));
}

void OutputView::appendBlock(const QString &text, const QTextCharFormat &format)
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!cursor.atBlockStart())
        cursor.insertBlock();
    insert(text + QLatin1Char('\n'), format);
}

void OutputView::appendHeading(const QString &title)
{
    QTextCharFormat format = formatFor(ThemeColours::Role::OutputNotice);
    format.setFontWeight(QFont::Bold);
    appendBlock(QStringLiteral("── %1 ──").arg(title), format);
}

void OutputView::appendNote(const QString &text)
{
    QTextCharFormat format = formatFor(ThemeColours::Role::OutputNotice);
    format.setFontItalic(true);
    appendBlock(text, format);
}

void OutputView::appendLinked(const LinkedOutput &output, bool standardError)
{
    QString text = output.text;
    if (text.trimmed().isEmpty())
        return;
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!cursor.atBlockStart())
        cursor.insertBlock();
    const QTextCharFormat plain
        = formatFor(standardError ? ThemeColours::Role::StandardError : ThemeColours::Role::StandardOutput);
    qsizetype written = 0;
    for (const OutputLink &link : output.links) {
        if (link.start < written || link.start + link.length > text.size())
            continue;
        insert(text.mid(written, link.start - written), plain);
        QTextCharFormat linked = formatFor(ThemeColours::Role::Link);
        linked.setFontUnderline(true);
        linked.setAnchor(true);
        linked.setAnchorHref(target(link));
        linked.setToolTip(tr("Go to line %1 of the %2").arg(link.line).arg(languageName(link.language)));
        insert(text.mid(link.start, link.length), linked);
        written = link.start + link.length;
    }
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    insert(text.mid(written), plain);
}

void OutputView::finishRun()
{
    if (document()->isEmpty())
        setPlaceholderText(tr("The program printed nothing."));
}

void OutputView::clearOutput()
{
    clear();
    setPlaceholderText(tr("Run the demo to see its output here."));
}

void OutputView::restyle()
{
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment piece = fragment.fragment();
            const QVariant role = piece.charFormat().property(roleProperty);
            if (!role.isValid())
                continue;
            QTextCursor cursor(document());
            cursor.setPosition(piece.position());
            cursor.setPosition(piece.position() + piece.length(), QTextCursor::KeepAnchor);
            QTextCharFormat format;
            format.setForeground(ThemeColours::active().colour(ThemeColours::Role(role.toInt())));
            cursor.mergeCharFormat(format);
        }
    }
}

void OutputView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void OutputView::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    viewport()->setCursor(anchorAt(event->position().toPoint()).isEmpty() ? Qt::IBeamCursor : Qt::PointingHandCursor);
}

void OutputView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const QStringList parts = anchorAt(event->position().toPoint()).split(QLatin1Char(':'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("duet-line"))
        return;
    Q_EMIT locationActivated(parts.at(1) == QLatin1String("python") ? Language::Python : Language::Cpp,
                             parts.at(2).toInt(), parts.at(3).toInt());
}

} // namespace Duet
