#include "LessonParser.h"

#include "CodeMarkers.h"
#include "FrontMatter.h"
#include "MarkdownOutline.h"
#include "Slug.h"
#include "TextFile.h"

#include <QHash>

#include <algorithm>
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

/// Whether a block is part of its section's program: a top-level python fence
/// not marked `norun`, and marked `run` where the blocks are `norun` by default.
bool isProgram(const MarkdownOutline::CodeBlock &block, FrontMatter::PythonBlocks mode)
{
    if (!isPython(block) || block.attributes.contains(QLatin1String("norun")))
        return false;
    return mode == FrontMatter::PythonBlocks::Run || block.attributes.contains(QLatin1String("run"));
}

/// What becomes of a line of the file in the prose.
enum class LineUse : char { Prose, Hidden, BlankLine };

/// Joins lines [first, last] as `uses` says, and trims blank lines at both ends.
QString markdownBetween(const SourceLines &lines, int first, int last, const std::vector<LineUse> &uses)
{
    QStringList kept;
    for (int line = std::max(first, 1); line <= last; ++line) {
        switch (uses[std::size_t(line)]) {
        case LineUse::Prose:
            kept.append(lines.line(line));
            break;
        case LineUse::BlankLine:
            kept.append(QString());
            break;
        case LineUse::Hidden:
            break;
        }
    }
    while (!kept.isEmpty() && kept.constFirst().trimmed().isEmpty())
        kept.removeFirst();
    while (!kept.isEmpty() && kept.constLast().trimmed().isEmpty())
        kept.removeLast();
    return kept.isEmpty() ? QString() : kept.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

struct ProgramBlock {
    CodeListing listing;
    int fenceLine = 0;
};

/// Several ```python blocks make one program. Between two of them stand a
/// blank line and LessonParser::blockSeparator(), a comment, so the learner
/// sees where one block of the article ends and the next begins and Python
/// runs them as one. The blank line maps to the end of the block before, the
/// separator to the opening fence of the block after.
CodeListing joinPrograms(const QList<ProgramBlock> &blocks, const QString &fileName)
{
    CodeListing joined;
    joined.fileName = fileName;
    for (const ProgramBlock &block : blocks) {
        if (block.listing.isEmpty())
            continue;
        if (!joined.text.isEmpty()) {
            joined.text += QLatin1Char('\n') + LessonParser::blockSeparator() + QLatin1Char('\n');
            joined.sourceLines.append(joined.sourceLines.constLast());
            joined.sourceLines.append(block.fenceLine);
        }
        const int offset = int(joined.sourceLines.size());
        for (LinkedRegion region : block.listing.regions) {
            region.firstLine += offset;
            region.lastLine += offset;
            joined.regions.append(region);
        }
        joined.text += block.listing.text;
        joined.sourceLines += block.listing.sourceLines;
    }
    return joined;
}

/// Reads as the sentence it builds: error(file, line, "what is wrong").
constexpr auto error = &Diagnostic::error;

/// "U+000A": the first character that keeps `id` from being valid.
QString firstInvalidCharacter(const QString &id)
{
    for (const QChar &character : id) {
        if (!isValidLessonId(QStringView(&character, 1)))
            return QStringLiteral("U+%1").arg(int(character.unicode()), 4, 16, QLatin1Char('0')).toUpper();
    }
    return {};
}

void assignId(Lesson &lesson, const FrontMatter &frontMatter, const QString &name, const QString &fileName,
              Diagnostics &errors)
{
    if (frontMatter.idLine > 0) {
        lesson.id = frontMatter.id;
        lesson.idLine = frontMatter.idLine;
        if (!isValidLessonId(lesson.id)) {
            const QString reason = lesson.id.isEmpty() ? QStringLiteral("it is empty")
                : lesson.id.size() > maximumLessonIdLength
                ? QStringLiteral("it is %1 characters long").arg(lesson.id.size())
                : QStringLiteral("it holds %1").arg(firstInvalidCharacter(lesson.id));
            errors.append(error(fileName, lesson.idLine,
                                QStringLiteral("the lesson id '%1' may hold only lowercase letters a-z, digits and "
                                               "'-', at most %2 of them; %3")
                                    .arg(lesson.id)
                                    .arg(maximumLessonIdLength)
                                    .arg(reason)));
        }
        return;
    }
    lesson.id = lessonIdFromName(name);
    if (lesson.id.isEmpty()) {
        errors.append(error(fileName, 1,
                            QStringLiteral("the name '%1' has no letters or digits to make a lesson id from; give the "
                                           "lesson one with 'id:' in its front matter")
                                .arg(name)));
    }
}

/// The first top-level `#` heading before any section, which titles an
/// article without front matter.
const MarkdownOutline::Heading *titleHeading(const MarkdownOutline &outline)
{
    for (const MarkdownOutline::Heading &heading : outline.headings) {
        if (heading.level == 2 && heading.topLevel)
            return nullptr;
        if (heading.level == 1 && heading.topLevel && !heading.text.isEmpty())
            return &heading;
    }
    return nullptr;
}

} // namespace

QString LessonParser::blockSeparator()
{
    return QStringLiteral("# ── next block ──");
}

Lesson LessonParser::parse(const QByteArray &content, const QString &fileName, const QString &name, Diagnostics &errors)
{
    QByteArray text = TextFile::withoutByteOrderMark(content);
    // md4c ends a line at CR, LF or CRLF; counting lines by LF alone would
    // then number the lines of a file with bare CRs differently from md4c.
    if (text.contains('\r')) {
        text.replace("\r\n", "\n");
        text.replace('\r', '\n');
    }
    const FrontMatter frontMatter = FrontMatter::parse(text, fileName, errors);

    Lesson lesson;
    lesson.file = fileName;
    lesson.description = frontMatter.description;
    lesson.date = frontMatter.date;
    lesson.category = frontMatter.category;
    lesson.order = frontMatter.order;
    lesson.metadata = frontMatter.metadata;
    assignId(lesson, frontMatter, name, fileName, errors);

    MarkdownOutline outline;
    if (!outline.parse(text, frontMatter.bodyOffset, frontMatter.bodyLine)) {
        errors.append(error(fileName, frontMatter.bodyLine, QStringLiteral("the Markdown could not be parsed")));
        return lesson;
    }

    const SourceLines lines(text);
    const int lastLine = lines.count();
    // Lines that are not prose: the title heading, and the blocks that make
    // the programs. Marked once, so cutting the prose stays linear.
    std::vector<LineUse> uses(std::size_t(lastLine) + 2, LineUse::Prose);
    const auto hide = [&uses, lastLine](int first, int last) {
        for (int line = std::max(first, 1); line <= std::min(last, lastLine); ++line)
            uses[std::size_t(line)] = LineUse::Hidden;
    };
    const auto isBlank = [&lines](int line) { return lines.line(line).trimmed().isEmpty(); };

    lesson.title = frontMatter.title.trimmed();
    if (lesson.title.isEmpty()) {
        // The window shows the title as the introduction's heading: the
        // heading it came from is not repeated in the introduction. It and
        // the blank lines around it become one blank line, so the
        // paragraphs on either side stay apart.
        if (const MarkdownOutline::Heading *heading = titleHeading(outline)) {
            lesson.title = heading->text;
            int gapStart = heading->firstLine;
            int gapEnd = heading->lastLine;
            while (gapStart - 1 >= frontMatter.bodyLine && isBlank(gapStart - 1))
                --gapStart;
            while (gapEnd + 1 <= lastLine && isBlank(gapEnd + 1))
                ++gapEnd;
            hide(gapStart, gapEnd);
            uses[std::size_t(gapStart)] = LineUse::BlankLine;
        } else {
            lesson.title = name;
        }
    }

    QList<MarkdownOutline::Heading> sectionHeadings;
    for (const MarkdownOutline::Heading &heading : std::as_const(outline.headings)) {
        if (heading.level == 2 && heading.topLevel)
            sectionHeadings.append(heading);
    }
    const int introductionEnd = sectionHeadings.isEmpty() ? lastLine : sectionHeadings.constFirst().firstLine - 1;
    lesson.introduction = markdownBetween(lines, frontMatter.bodyLine, introductionEnd, uses);

    QList<MarkdownOutline::CodeBlock> blocks = outline.codeBlocks;
    std::ranges::stable_sort(blocks, {}, &MarkdownOutline::CodeBlock::fenceLine);
    qsizetype nextBlock = 0;

    QHash<QString, int> headingLineOfId;
    lesson.sections.reserve(sectionHeadings.size());
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
        const FrontMatter::SectionSettings settings = frontMatter.sections.value(section.id);
        const FrontMatter::PythonBlocks mode = settings.pythonBlocks.value_or(frontMatter.pythonBlocks);

        while (nextBlock < blocks.size() && blocks.at(nextBlock).fenceLine <= heading.lastLine)
            ++nextBlock;
        QList<ProgramBlock> programs;
        for (; nextBlock < blocks.size() && blocks.at(nextBlock).fenceLine <= end; ++nextBlock) {
            const MarkdownOutline::CodeBlock &block = blocks.at(nextBlock);
            if (!isProgram(block, mode))
                continue;
            hide(block.fenceLine, block.lastLine);
            programs.append({CodeMarkers::extract(block.code, Language::Python, fileName, block.fenceLine + 1, errors),
                             block.fenceLine});
        }
        section.prose = markdownBetween(lines, heading.lastLine + 1, end, uses);
        section.python = joinPrograms(programs, fileName);
        section.varyingOutput = settings.varyingOutput;
        section.hints = settings.hints;
        lesson.sections.append(std::move(section));
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
