#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Duet
{

/// The headings and fenced code blocks of a Markdown text, found by md4c
/// (CommonMark), each with the lines of the file it stands on. The lesson
/// parser cuts sections and Python programs out of a lesson along these lines,
/// so `##` inside a code block, Setext headings and `~~~` fences all behave
/// as CommonMark says.
struct MarkdownOutline {
    struct Heading {
        int level = 0;
        QString text;
        int firstLine = 0; // 1-based
        int lastLine = 0; // the underline, for a Setext heading
        /// A heading outside any list or quote.
        bool topLevel = true;
    };
    struct CodeBlock {
        /// The first word of the info string ("python" for ```python title="x").
        QString language;
        /// The info string's other words, lowercased ("norun" for ```python norun).
        QStringList attributes;
        QString code;
        int fenceLine = 0; // the opening fence
        int lastLine = 0; // the closing fence, or the last line of code when unclosed
        /// A code block outside any list or quote.
        bool topLevel = true;
        bool fenced = true;
    };

    QList<Heading> headings;
    QList<CodeBlock> codeBlocks;

    /// Outlines `text` from byte `offset` on; `firstLine` is the line number
    /// of that byte. Returns false only if md4c itself fails.
    bool parse(const QByteArray &text, qsizetype offset, int firstLine);
};

} // namespace Duet
