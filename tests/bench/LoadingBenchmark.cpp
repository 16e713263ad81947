// Loading a large lesson, as every start does: a 1 MiB lesson.md with 32,768
// Python sections, from the folder to the Lesson value, against reading the
// same file and letting md4c parse it with callbacks that do nothing.

#include "Benchmarks.h"
#include "Measuring.h"
#include "core/lesson/LessonLoader.h"
#include "core/lesson/TextFile.h"
#include "core/run/RunStatistics.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <md4c.h>

namespace Duet::Bench
{

namespace
{

constexpr int sectionCount = 32768;
constexpr int repetitions = 15;

/// Sections as short as they come, then prose in the introduction up to
/// exactly 1 MiB, the most a lesson file may hold.
QByteArray largeLesson()
{
    QByteArray sections;
    for (int section = 0; section < sectionCount; ++section) {
        const QByteArray number = QByteArray::number(section);
        sections += "## s" + number + "\n```py\nf(" + number + ")\n```\n";
    }
    QByteArray lesson = "---\ntitle: Large\n---\n\n";
    const QByteArray line = "Prose that fills the introduction to make the file exactly one MiB.\n";
    while (lesson.size() + line.size() + 1 + sections.size() <= TextFile::maximumSize)
        lesson += line;
    lesson += QByteArray(TextFile::maximumSize - lesson.size() - sections.size() - 1, 'x') + '\n';
    return lesson + sections;
}

int ignoreBlock(MD_BLOCKTYPE, void *, void *)
{
    return 0;
}
int ignoreSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}
int ignoreText(MD_TEXTTYPE, const MD_CHAR *, MD_SIZE, void *)
{
    return 0;
}

/// The floor: the file read into memory and parsed by md4c, nothing kept.
double timeFloor(const QString &fileName)
{
    QElapsedTimer clock;
    clock.start();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("bench: cannot read %s", qPrintable(fileName));
    const QByteArray bytes = file.readAll();
    MD_PARSER parser {};
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = ignoreBlock;
    parser.leave_block = ignoreBlock;
    parser.enter_span = ignoreSpan;
    parser.leave_span = ignoreSpan;
    parser.text = ignoreText;
    if (md_parse(bytes.constData(), MD_SIZE(bytes.size()), &parser, nullptr) != 0)
        qFatal("bench: md4c could not parse the large lesson");
    return elapsedMilliseconds(clock);
}

} // namespace

void measureLoading(const Context &context)
{
    QTemporaryDir folder;
    const QString fileName = folder.filePath(QStringLiteral("large/lesson.md"));
    const QByteArray lesson = largeLesson();
    QFile file(fileName);
    if (!folder.isValid() || !QDir().mkpath(folder.filePath(QStringLiteral("large")))
        || !file.open(QIODevice::WriteOnly) || file.write(lesson) != lesson.size() || !file.flush())
        qFatal("bench: cannot write the large lesson");
    file.close();

    LessonSources sources;
    sources.builtIn = false;
    sources.userFolder = false;
    sources.paths = {folder.filePath(QStringLiteral("large"))};
    QList<double> duet;
    QList<double> floor;
    QElapsedTimer clock;
    for (int repetition = 0; repetition <= repetitions; ++repetition) {
        clock.start();
        const LessonCollection lessons = loadLessons(sources);
        const double milliseconds = elapsedMilliseconds(clock);
        if (lessons.lessons.size() != 1 || lessons.lessons.constFirst().sections.size() != sectionCount)
            qFatal("bench: the large lesson did not load: %s",
                   qPrintable(lessons.errors.isEmpty() ? QString() : lessons.errors.constFirst().toString()));
        const double floorMilliseconds = timeFloor(fileName);
        if (repetition == 0)
            continue; // the first round fills caches for both
        duet.append(milliseconds);
        floor.append(floorMilliseconds);
    }
    Figure figure = Figure::againstFloor(
        QStringLiteral("loading a 1 MiB lesson.md with 32,768 Python sections (read, check, parse)"),
        QStringLiteral("reading the same file and parsing it with md4c, callbacks that do nothing"),
        QStringLiteral("ms"), RunStatistics::of(duet).median, RunStatistics::of(floor).median, 250, repetitions);
    // Well under a second is the requirement; the floor shows what md4c
    // alone costs on this machine.
    figure.budget = Figure::Budget::Absolute;
    context.report->add(figure);
}

} // namespace Duet::Bench
