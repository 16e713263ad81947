#include "LessonParser.h"

#include "CodeMarkers.h"
#include "FrontMatter.h"
#include "MarkdownOutline.h"
#include "Slug.h"
#include "TextFile.h"

#include <QHash>
#include <QRegularExpression>

#include <vector>

namespace Duet
{

namespace
{

/// The lines of lesson.md, to cut Markdown out by line number.
class SourceLines
{
public:
    explicit SourceLines(const QByteArray &text)
        : m_text(text)
    {
        m_starts.push_back(0);
        for (qsizetype index = 0; index < text.size(); ++index) {
            if (text.at(index) == '\n')
                m_starts.push_back(index + 1);
        }
    }

    [[nodiscard]] int count() const { return int(m_starts.size()); }

    /// Line `line` (1-based) without its line ending.
    [[nodiscard]] QString line(int line) const
    {
        if (line < 1 || line > count())
            return {};
        const qsizetype begin = m_starts[std::size_t(line - 1)];
        qsizetype end = line < count() ? m_starts[std::size_t(line)] : m_text.size();
        while (end > begin && (m_text.at(end - 1) == '\n' || m_text.at(end - 1) == '\r'))
            --end;
        return QString::fromUtf8(m_text.constData() + begin, end - begin);
    }

private:
    const QByteArray &m_text;
    std::vector<qsizetype> m_starts;
};

bool isPython(const MarkdownOutline::CodeBlock &block)
{
    return block.topLevel && block.fenced
        && (block.language == QLatin1String("python") || block.language == QLatin1String("py")
            || block.language == QLatin1String("python3"));
}

/// Joins lines [first, last], leaving out those `skip` says to, and trims
/// blank lines at both ends.
QString markdownBetween(const SourceLines &lines, int first, int last, const auto &skip)
{
    QStringList kept;
    for (int line = first; line <= last; ++line) {
        if (!skip(line))
            kept.append(lines.line(line));
    }
    while (!kept.isEmpty() && kept.constFirst().trimmed().isEmpty())
        kept.removeFirst();
    while (!kept.isEmpty() && kept.constLast().trimmed().isEmpty())
        kept.removeLast();
    return kept.isEmpty() ? QString() : kept.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

/// Several ```python blocks make one program, a blank line between them.
CodeListing joinPrograms(const QList<CodeListing> &blocks, const QString &fileName)
{
    CodeListing joined;
    joined.fileName = fileName;
    for (const CodeListing &block : blocks) {
        if (!joined.text.isEmpty()) {
            joined.text += QLatin1Char('\n');
            joined.sourceLines.append(joined.sourceLines.constLast());
        }
        const int offset = int(joined.sourceLines.size());
        for (LinkedRegion region : block.regions) {
            region.firstLine += offset;
            region.lastLine += offset;
            joined.regions.append(region);
        }
        joined.text += block.text;
        joined.sourceLines += block.sourceLines;
    }
    return joined;
}

Diagnostic error(const QString &file, int line, const QString &message)
{
    return {file, line, 0, Diagnostic::Severity::Error, message};
}

} // namespace

Lesson LessonParser::parse(const QByteArray &content, const QString &fileName, const QString &folderName,
                           Diagnostics &errors)
{
    const QByteArray text = TextFile::withoutByteOrderMark(content);
    const FrontMatter frontMatter = FrontMatter::parse(text, fileName, errors);

    Lesson lesson;
    lesson.id = frontMatter.id.isEmpty() ? folderName : frontMatter.id;
    lesson.title = frontMatter.title.trimmed();
    lesson.description = frontMatter.description;
    lesson.date = frontMatter.date;
    lesson.category = frontMatter.category;
    lesson.metadata = frontMatter.metadata;
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!validId.match(lesson.id).hasMatch()) {
        errors.append(
            error(fileName, frontMatter.id.isEmpty() ? 1 : 2,
                  QStringLiteral("the lesson id '%1' may hold only letters, digits, '.', '_' and '-'").arg(lesson.id)));
    }

    MarkdownOutline outline;
    if (!outline.parse(text, frontMatter.bodyOffset, frontMatter.bodyLine)) {
        errors.append(error(fileName, frontMatter.bodyLine, QStringLiteral("the Markdown could not be parsed")));
        return lesson;
    }

    const SourceLines lines(text);
    QList<MarkdownOutline::Heading> sectionHeadings;
    for (const MarkdownOutline::Heading &heading : std::as_const(outline.headings)) {
        if (heading.level == 2 && heading.topLevel)
            sectionHeadings.append(heading);
    }
    const auto insidePython = [&outline](int line) {
        return std::ranges::any_of(outline.codeBlocks, [line](const auto &block) {
            return isPython(block) && line >= block.fenceLine && line <= block.lastLine;
        });
    };

    const int lastLine = lines.count();
    const int introductionEnd = sectionHeadings.isEmpty() ? lastLine : sectionHeadings.constFirst().firstLine - 1;
    lesson.introduction = markdownBetween(lines, frontMatter.bodyLine, introductionEnd, [](int) { return false; });

    QHash<QString, int> headingLineOfId;
    for (qsizetype index = 0; index < sectionHeadings.size(); ++index) {
        const MarkdownOutline::Heading &heading = sectionHeadings.at(index);
        const int end = index + 1 < sectionHeadings.size() ? sectionHeadings.at(index + 1).firstLine - 1 : lastLine;

        Section section;
        section.title = heading.text;
        section.id = slugify(heading.text);
        section.line = heading.firstLine;
        if (section.id.isEmpty()) {
            errors.append(error(fileName, heading.firstLine,
                                QStringLiteral("the heading '%1' has no letters or digits to make a section id from")
                                    .arg(heading.text)));
        } else if (const auto previous = headingLineOfId.constFind(section.id); previous != headingLineOfId.cend()) {
            errors.append(error(fileName, heading.firstLine,
                                QStringLiteral("section id '%1' is already used by the heading on line %2")
                                    .arg(section.id)
                                    .arg(*previous)));
        } else {
            headingLineOfId.insert(section.id, heading.firstLine);
        }

        section.prose = markdownBetween(lines, heading.lastLine + 1, end, insidePython);
        QList<CodeListing> programs;
        for (const MarkdownOutline::CodeBlock &block : std::as_const(outline.codeBlocks)) {
            if (isPython(block) && block.fenceLine > heading.lastLine && block.fenceLine <= end)
                programs.append(
                    CodeMarkers::extract(block.code, Language::Python, fileName, block.fenceLine + 1, errors));
        }
        section.python = joinPrograms(programs, fileName);
        section.python.fileName = fileName;
        section.varyingOutput = frontMatter.sections.value(section.id).varyingOutput;
        lesson.sections.append(section);
    }

    for (auto entry = frontMatter.sections.cbegin(); entry != frontMatter.sections.cend(); ++entry) {
        if (!headingLineOfId.contains(entry.key())) {
            errors.append(error(fileName, entry->line,
                                QStringLiteral("'sections' names '%1', but no heading has that id").arg(entry.key())));
        }
    }
    return lesson;
}

} // namespace Duet
