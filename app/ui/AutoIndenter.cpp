#include "AutoIndenter.h"

#include <QRegularExpression>

#include <Qsci/qsciscintilla.h>

namespace Duet
{

namespace
{

/// Where a line's comment starts, ignoring comment markers inside strings.
qsizetype commentStart(Language language, const QString &line)
{
    QChar quote;
    for (qsizetype index = 0; index < line.size(); ++index) {
        const QChar character = line.at(index);
        if (!quote.isNull()) {
            if (character == QLatin1Char('\\'))
                ++index;
            else if (character == quote)
                quote = QChar();
            continue;
        }
        if (character == QLatin1Char('"') || character == QLatin1Char('\''))
            quote = character;
        else if (language == Language::Python && character == QLatin1Char('#'))
            return index;
        else if (language == Language::Cpp && character == QLatin1Char('/') && index + 1 < line.size()
                 && (line.at(index + 1) == QLatin1Char('/') || line.at(index + 1) == QLatin1Char('*')))
            return index;
    }
    return line.size();
}

bool leavesBlock(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(return|pass|break|continue|raise)\b)"));
    return pattern.match(code).hasMatch();
}

} // namespace

AutoIndenter::AutoIndenter(QsciScintilla *editor, Language language)
    : QObject(editor)
    , m_editor(editor)
    , m_language(language)
{
    m_editor->setIndentationsUseTabs(false);
    m_editor->setIndentationWidth(4);
    m_editor->setTabIndents(true);
    m_editor->setBackspaceUnindents(true);
    // Scintilla's own auto-indent would fight ours; this class does it all.
    m_editor->setAutoIndent(false);
    connect(m_editor, &QsciScintilla::SCN_CHARADDED, this, &AutoIndenter::characterAdded);
}

QString AutoIndenter::codeOf(Language language, const QString &line)
{
    QString code = line.left(commentStart(language, line));
    while (!code.isEmpty() && code.back().isSpace())
        code.chop(1);
    return code;
}

int AutoIndenter::indentationAfter(Language language, const QString &line, int indentation, int width)
{
    const QString code = codeOf(language, line);
    if (language == Language::Python) {
        if (code.endsWith(QLatin1Char(':')))
            return indentation + width;
        if (leavesBlock(code))
            return qMax(0, indentation - width);
        return indentation;
    }
    if (code.endsWith(QLatin1Char('{')))
        return indentation + width;
    return indentation;
}

QString AutoIndenter::lineText(int line) const
{
    QString text = m_editor->text(line);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

int AutoIndenter::previousCodeLine(int line) const
{
    for (int previous = line - 1; previous >= 0; --previous) {
        if (!lineText(previous).trimmed().isEmpty())
            return previous;
    }
    return -1;
}

void AutoIndenter::setIndentation(int line, int columns)
{
    m_editor->setIndentation(line, columns);
}

void AutoIndenter::characterAdded(int character)
{
    if (m_editor->isReadOnly())
        return;
    if (character == '\n' || character == '\r')
        newLine();
    else if (character == '}' && m_language == Language::Cpp)
        closingBrace();
    else if (character == ':' && m_language == Language::Python)
        pythonContinuation();
}

void AutoIndenter::newLine()
{
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    if (line == 0)
        return;
    const QString previous = lineText(line - 1);
    const int width = m_editor->indentationWidth();
    const int indentation = indentationAfter(m_language, previous, m_editor->indentation(line - 1), width);
    const QString rest = lineText(line).trimmed();
    setIndentation(line, indentation);
    m_editor->setCursorPosition(line, indentation);

    // Enter between `{` and `}`: the `}` goes to a line of its own, at the
    // indentation of the line that opened the block.
    if (m_language == Language::Cpp && rest.startsWith(QLatin1Char('}'))
        && codeOf(m_language, previous).endsWith(QLatin1Char('{'))) {
        m_editor->insertAt(QStringLiteral("\n"), line, indentation);
        setIndentation(line + 1, m_editor->indentation(line - 1));
        m_editor->setCursorPosition(line, indentation);
    }
}

void AutoIndenter::closingBrace()
{
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    const QString text = lineText(line);
    if (!text.left(index - 1).trimmed().isEmpty())
        return; // the brace closes something on the same line
    const long bracePosition = m_editor->positionFromLineIndex(line, index - 1);
    const long match
        = m_editor->SendScintilla(QsciScintilla::SCI_BRACEMATCH, static_cast<unsigned long>(bracePosition), 0L);
    int columns = qMax(0, m_editor->indentation(line) - m_editor->indentationWidth());
    if (match >= 0) {
        int matchLine = 0;
        int matchIndex = 0;
        m_editor->lineIndexFromPosition(int(match), &matchLine, &matchIndex);
        columns = m_editor->indentation(matchLine);
    }
    setIndentation(line, columns);
    m_editor->setCursorPosition(line, columns + 1);
}

void AutoIndenter::pythonContinuation()
{
    static const QRegularExpression continuation(QStringLiteral(R"(^\s*(else|elif\b.*|except\b.*|finally)\s*:$)"));
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    const QString code = codeOf(m_language, lineText(line));
    if (!continuation.match(code).hasMatch())
        return;
    // Only a line that still sits at the depth of the block it ends moves
    // out; one the learner placed themselves stays.
    const int previous = previousCodeLine(line);
    if (previous < 0)
        return;
    const int width = m_editor->indentationWidth();
    const int current = m_editor->indentation(line);
    const int expected = indentationAfter(m_language, lineText(previous), m_editor->indentation(previous), width);
    if (current != expected || current < width)
        return;
    setIndentation(line, current - width);
    m_editor->setCursorPosition(line, index - width);
}

} // namespace Duet
