#include "MarkdownOutline.h"

#include <md4c.h>

#include <algorithm>
#include <vector>

namespace Duet
{

namespace
{

/// md4c reports text as pointers; those into the parsed buffer locate the
/// block, the others (entities, line breaks) are md4c's own constants.
class OutlineBuilder
{
public:
    OutlineBuilder(MarkdownOutline &outline, const QByteArray &text, qsizetype offset, int firstLine)
        : m_outline(outline)
        , m_text(text)
        , m_begin(text.constData() + offset)
        , m_end(text.constData() + text.size())
    {
        m_lineStarts.push_back(offset);
        for (qsizetype index = offset; index < text.size(); ++index) {
            if (text.at(index) == '\n')
                m_lineStarts.push_back(index + 1);
        }
        m_firstLine = firstLine;
    }

    static int enterBlock(MD_BLOCKTYPE type, void *detail, void *self)
    {
        return static_cast<OutlineBuilder *>(self)->enter(type, detail);
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        return static_cast<OutlineBuilder *>(self)->leave(type);
    }
    static int span(MD_SPANTYPE, void *, void *) { return 0; }
    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        return static_cast<OutlineBuilder *>(self)->addText(type, text, size);
    }

private:
    int lineOf(const char *pointer) const
    {
        const auto offset = qsizetype(pointer - m_text.constData());
        const auto after = std::ranges::upper_bound(m_lineStarts, offset);
        return m_firstLine + int(after - m_lineStarts.begin()) - 1;
    }

    bool inBuffer(const char *pointer) const { return pointer >= m_begin && pointer < m_end; }

    QByteArray lineText(int line) const
    {
        const auto index = std::size_t(line - m_firstLine);
        if (index >= m_lineStarts.size())
            return {};
        const qsizetype begin = m_lineStarts[index];
        const qsizetype end = index + 1 < m_lineStarts.size() ? m_lineStarts[index + 1] : m_text.size();
        return m_text.mid(begin, end - begin).trimmed();
    }

    int lastLineOfFile() const { return m_firstLine + int(m_lineStarts.size()) - 1; }

    /// For a block md4c gave no location at all (an info string it had to
    /// rewrite, only blank lines): the first fence line from `line` on.
    int openingFenceAfter(int line) const
    {
        for (int candidate = line; candidate <= lastLineOfFile(); ++candidate) {
            const QByteArray text = lineText(candidate);
            if (text.startsWith("```") || text.startsWith("~~~"))
                return candidate;
        }
        return line;
    }

    int enter(MD_BLOCKTYPE type, void *detail)
    {
        if (type == MD_BLOCK_H) {
            m_heading = MarkdownOutline::Heading {
                int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level), {}, 0, 0, m_depth == 1};
            m_inHeading = true;
        } else if (type == MD_BLOCK_CODE) {
            const auto *code = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
            m_code = MarkdownOutline::CodeBlock {};
            m_code.fenced = code->fence_char != 0;
            m_code.topLevel = m_depth == 1;
            const QString info = QString::fromUtf8(code->info.text, qsizetype(code->info.size));
            m_code.attributes = info.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (!m_code.attributes.isEmpty())
                m_code.language = m_code.attributes.takeFirst();
            m_code.fenceLine = code->info.size > 0 && inBuffer(code->info.text) ? lineOf(code->info.text) : 0;
            m_firstCodeLine = 0;
            m_inCode = true;
        }
        ++m_depth;
        return 0;
    }

    int leave(MD_BLOCKTYPE type)
    {
        --m_depth;
        if (type == MD_BLOCK_H) {
            m_inHeading = false;
            m_heading.text = m_heading.text.simplified();
            if (m_heading.firstLine == 0)
                m_heading.firstLine = m_heading.lastLine = m_lastSeenLine;
            // A Setext heading's underline follows its last line of text.
            const QByteArray next = lineText(m_heading.lastLine + 1);
            const QByteArray first = lineText(m_heading.firstLine);
            if (!first.startsWith('#') && !next.isEmpty()
                && std::ranges::all_of(next, [](char c) { return c == '=' || c == '-'; }))
                ++m_heading.lastLine;
            m_outline.headings.append(m_heading);
        } else if (type == MD_BLOCK_CODE) {
            m_inCode = false;
            const int lineCount = int(m_code.code.count(QLatin1Char('\n')));
            const int fenceLines = m_code.fenced ? 1 : 0;
            int firstCodeLine = m_code.fenceLine > 0 ? m_code.fenceLine + fenceLines
                : m_firstCodeLine > 0                ? m_firstCodeLine
                                                     : openingFenceAfter(m_lastSeenLine) + fenceLines;
            // However md4c's text was located, the code cannot run past the
            // end of the file.
            firstCodeLine = std::max(m_firstLine, std::min(firstCodeLine, lastLineOfFile() - lineCount + 1));
            m_code.fenceLine = std::max(m_firstLine, firstCodeLine - fenceLines);
            m_code.lastLine = firstCodeLine + lineCount - 1;
            if (m_code.fenced) {
                const QByteArray closing = lineText(m_code.lastLine + 1);
                if (closing.startsWith("```") || closing.startsWith("~~~"))
                    ++m_code.lastLine;
            }
            m_code.lastLine = std::max(m_code.lastLine, m_code.fenceLine);
            m_outline.codeBlocks.append(m_code);
        }
        return 0;
    }

    int addText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        const bool located = size > 0 && inBuffer(text);
        if (located)
            m_lastSeenLine = lineOf(text);
        if (m_inCode) {
            // The first text md4c locates may follow blank lines, which it
            // passes as bare newlines: count back over them.
            if (located && m_firstCodeLine == 0)
                m_firstCodeLine = m_lastSeenLine - int(m_code.code.count(QLatin1Char('\n')));
            m_code.code += QString::fromUtf8(text, qsizetype(size));
        } else if (m_inHeading) {
            m_heading.text += type == MD_TEXT_SOFTBR || type == MD_TEXT_BR ? QStringLiteral(" ")
                                                                           : QString::fromUtf8(text, qsizetype(size));
            if (located) {
                if (m_heading.firstLine == 0)
                    m_heading.firstLine = m_lastSeenLine;
                m_heading.lastLine = m_lastSeenLine;
            }
        }
        return 0;
    }

    MarkdownOutline &m_outline;
    const QByteArray &m_text;
    const char *m_begin = nullptr;
    const char *m_end = nullptr;
    std::vector<qsizetype> m_lineStarts;
    int m_firstLine = 1;
    int m_depth = 0;
    int m_lastSeenLine = 1;
    bool m_inHeading = false;
    bool m_inCode = false;
    int m_firstCodeLine = 0;
    MarkdownOutline::Heading m_heading;
    MarkdownOutline::CodeBlock m_code;
};

} // namespace

bool MarkdownOutline::parse(const QByteArray &text, qsizetype offset, int firstLine)
{
    headings.clear();
    codeBlocks.clear();
    OutlineBuilder builder(*this, text, offset, firstLine);
    MD_PARSER parser {};
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = &OutlineBuilder::enterBlock;
    parser.leave_block = &OutlineBuilder::leaveBlock;
    parser.enter_span = &OutlineBuilder::span;
    parser.leave_span = &OutlineBuilder::span;
    parser.text = &OutlineBuilder::text;
    return md_parse(text.constData() + offset, MD_SIZE(text.size() - offset), &parser, &builder) == 0;
}

} // namespace Duet
