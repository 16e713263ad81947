#include "SyntaxLexer.h"

#include "SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/FoldingRegion>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

#include <Qsci/qsciscintilla.h>

#include <QColor>
#include <QFont>

namespace Duet
{

namespace
{

using KSyntaxHighlighting::Theme;

constexpr int lastTextStyle = int(Theme::Alert);

/// Bytes that `text` takes in UTF-8, counted without encoding it.
int utf8Length(QStringView text)
{
    int bytes = 0;
    for (qsizetype index = 0; index < text.size(); ++index) {
        const char16_t unit = text[index].unicode();
        if (unit < 0x80) {
            bytes += 1;
        } else if (unit < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(unit) && index + 1 < text.size() && text[index + 1].isLowSurrogate()) {
            bytes += 4;
            ++index;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

int indentation(const QString &line, bool &blank)
{
    int columns = 0;
    for (const QChar character : line) {
        if (character == QLatin1Char(' '))
            ++columns;
        else if (character == QLatin1Char('\t'))
            columns += 4 - columns % 4;
        else {
            blank = false;
            return columns;
        }
    }
    blank = true;
    return columns;
}

QString withoutLineEnding(QString text)
{
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

} // namespace

SyntaxLexer::SyntaxLexer(const QString &definitionName, QObject *parent)
    : QsciLexerCustom(parent)
    , m_languageName(definitionName.toUtf8())
{
    // Only the name: the definition's rules are read on first use, so a
    // window opening on a page without code never loads them.
    setDefinition(syntaxRepository().definitionForName(definitionName));
}

SyntaxLexer::~SyntaxLexer() = default;

const char *SyntaxLexer::language() const
{
    return m_languageName.constData();
}

QString SyntaxLexer::description(int style) const
{
    if (style < 0 || style > lastTextStyle)
        return {};
    static const QStringList names {QStringLiteral("Normal"),
                                    QStringLiteral("Keyword"),
                                    QStringLiteral("Function"),
                                    QStringLiteral("Variable"),
                                    QStringLiteral("Control flow"),
                                    QStringLiteral("Operator"),
                                    QStringLiteral("Built-in"),
                                    QStringLiteral("Extension"),
                                    QStringLiteral("Preprocessor"),
                                    QStringLiteral("Attribute"),
                                    QStringLiteral("Character"),
                                    QStringLiteral("Special character"),
                                    QStringLiteral("String"),
                                    QStringLiteral("Verbatim string"),
                                    QStringLiteral("Special string"),
                                    QStringLiteral("Import"),
                                    QStringLiteral("Data type"),
                                    QStringLiteral("Decimal"),
                                    QStringLiteral("Base-N"),
                                    QStringLiteral("Float"),
                                    QStringLiteral("Constant"),
                                    QStringLiteral("Comment"),
                                    QStringLiteral("Documentation"),
                                    QStringLiteral("Annotation"),
                                    QStringLiteral("Comment variable"),
                                    QStringLiteral("Region marker"),
                                    QStringLiteral("Information"),
                                    QStringLiteral("Warning"),
                                    QStringLiteral("Alert"),
                                    QStringLiteral("Others"),
                                    QStringLiteral("Error")};
    return names.value(style);
}

void SyntaxLexer::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    applyTheme();
}

void SyntaxLexer::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    applyTheme();
}

void SyntaxLexer::applyTheme()
{
    const Theme current = theme();
    if (!current.isValid())
        return;
    const QColor background = QColor::fromRgba(current.editorColor(Theme::BackgroundColor));
    const QColor normal = QColor::fromRgba(current.textColor(Theme::Normal));
    setDefaultColor(normal);
    setDefaultPaper(background);
    setDefaultFont(m_baseFont);
    for (int style = 0; style <= lastTextStyle; ++style) {
        const auto textStyle = Theme::TextStyle(style);
        const QRgb text = current.textColor(textStyle);
        const QRgb paper = current.backgroundColor(textStyle);
        setColor(qAlpha(text) ? QColor::fromRgba(text) : normal, style);
        setPaper(qAlpha(paper) ? QColor::fromRgba(paper) : background, style);
        QFont font = m_baseFont;
        font.setBold(current.isBold(textStyle));
        font.setItalic(current.isItalic(textStyle));
        font.setUnderline(current.isUnderline(textStyle));
        setFont(font, style);
    }
}

void SyntaxLexer::styleText(int start, int end)
{
    QsciScintilla *scintilla = editor();
    if (!scintilla || start >= end)
        return;
    const int lineCount = scintilla->lines();
    const int firstLine = int(scintilla->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, start));
    const int lastLine = int(scintilla->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, end - 1));
    m_lineStates.resize(lineCount);
    m_lineDepths.resize(lineCount + 1);
    m_lastStyledFirstLine = firstLine;
    m_lastStyledLineCount = lastLine - firstLine + 1;
    if (!m_indentationFolding)
        m_indentationFolding = definition().indentationBasedFoldingEnabled();

    KSyntaxHighlighting::State state = firstLine > 0 ? m_lineStates.at(firstLine - 1) : KSyntaxHighlighting::State();
    int depth = firstLine > 0 ? m_lineDepths.at(firstLine) : 0;
    for (int line = firstLine; line <= lastLine; ++line) {
        m_lineStart = int(scintilla->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line));
        const int nextLineStart = line + 1 < lineCount
            ? int(scintilla->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line + 1))
            : int(scintilla->SendScintilla(QsciScintilla::SCI_GETLENGTH));
        m_lineText = withoutLineEnding(scintilla->text(line));
        m_utf16Cursor = 0;
        m_byteCursor = 0;
        m_foldOpenings = 0;
        m_foldClosings = 0;
        startStyling(m_lineStart);
        state = highlightLine(m_lineText, state);
        // What no format covered, and the line ending, is normal text.
        if (nextLineStart - m_lineStart > m_byteCursor)
            setStyling(nextLineStart - m_lineStart - m_byteCursor, int(Theme::Normal));
        m_lineStates[line] = state;

        if (*m_indentationFolding) {
            bool blank = false;
            const int indent = indentation(m_lineText, blank);
            int nextIndent = indent;
            for (int next = line + 1; next < lineCount; ++next) {
                bool nextBlank = false;
                const int candidate = indentation(scintilla->text(next), nextBlank);
                if (!nextBlank) {
                    nextIndent = candidate;
                    break;
                }
            }
            int level = QsciScintilla::SC_FOLDLEVELBASE + indent / 4;
            if (blank)
                level |= QsciScintilla::SC_FOLDLEVELWHITEFLAG;
            else if (nextIndent > indent)
                level |= QsciScintilla::SC_FOLDLEVELHEADERFLAG;
            setFoldLevel(line, level);
        } else {
            int level = QsciScintilla::SC_FOLDLEVELBASE + depth;
            if (m_foldOpenings > m_foldClosings)
                level |= QsciScintilla::SC_FOLDLEVELHEADERFLAG;
            setFoldLevel(line, level);
            depth = std::max(0, depth + m_foldOpenings - m_foldClosings);
        }
        m_lineDepths[line + 1] = depth;
    }
}

void SyntaxLexer::setFoldLevel(int line, int level)
{
    editor()->SendScintilla(QsciScintilla::SCI_SETFOLDLEVEL, line, level);
}

void SyntaxLexer::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (offset < m_utf16Cursor || length <= 0)
        return;
    // Offsets are UTF-16 columns of the line; Scintilla counts UTF-8 bytes.
    // Walk forward from where the previous format ended, never from the start.
    if (offset > m_utf16Cursor) {
        const int gap = utf8Length(QStringView(m_lineText).mid(m_utf16Cursor, offset - m_utf16Cursor));
        setStyling(gap, int(Theme::Normal));
        m_byteCursor += gap;
    }
    const int bytes = utf8Length(QStringView(m_lineText).mid(offset, length));
    setStyling(bytes, int(format.textStyle()));
    m_byteCursor += bytes;
    m_utf16Cursor = offset + length;
}

void SyntaxLexer::applyFolding(int, int, KSyntaxHighlighting::FoldingRegion region)
{
    if (region.type() == KSyntaxHighlighting::FoldingRegion::Begin)
        ++m_foldOpenings;
    else if (region.type() == KSyntaxHighlighting::FoldingRegion::End)
        ++m_foldClosings;
}

} // namespace Duet
