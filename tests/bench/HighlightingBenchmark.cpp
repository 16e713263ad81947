// Highlighting at scale: a 10,000-line Python file and a 10,000-line C++
// file, made of the built-in lesson's own programs, styled in a code pane and
// by KSyntaxHighlighting alone; then one character typed in the middle.

#include "Benchmarks.h"
#include "Measuring.h"
#include "core/lesson/LessonLoader.h"
#include "core/run/RunStatistics.h"
#include "ui/CodePane.h"
#include "ui/MainWindow.h"
#include "ui/highlighting/SyntaxLexer.h"
#include "ui/highlighting/SyntaxRepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <Qsci/qsciscintilla.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace Duet::Bench
{

namespace
{

constexpr int fileLines = 10'000;
constexpr int stylingRepetitions = 9;
constexpr int typingRepetitions = 201;
constexpr auto largeSectionId = "large-programs";

/// KSyntaxHighlighting with nothing on top: the least any highlighter built
/// on it can cost.
class BareHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    void highlight(const QStringList &lines)
    {
        KSyntaxHighlighting::State state;
        for (const QString &line : lines)
            state = highlightLine(line, state);
    }

protected:
    void applyFormat(int, int, const KSyntaxHighlighting::Format &) override { }
};

QStringList largeFile(const LessonCollection &lessons, Language language)
{
    QStringList pieces;
    for (const Lesson &lesson : lessons.lessons) {
        for (const Section &section : lesson.sections) {
            const CodeListing &listing = language == Language::Python ? section.python : section.cpp;
            if (!listing.isEmpty())
                pieces += listing.text.split(QLatin1Char('\n'));
        }
    }
    QStringList lines;
    while (!pieces.isEmpty() && lines.size() < fileLines)
        lines += pieces.mid(0, fileLines - lines.size());
    return lines;
}

/// Writes a lesson pack whose one section holds both large files, so that
/// typing goes through everything the window does on a keystroke.
void writeLargePack(const QString &folder, const QStringList &python, const QStringList &cpp)
{
    const QString pack = folder + QLatin1String("/large-files");
    QDir().mkpath(pack + QLatin1String("/cpp"));
    QFile lesson(pack + QLatin1String("/lesson.md"));
    QFile program(pack + QLatin1String("/cpp/") + QLatin1String(largeSectionId) + QLatin1String(".cpp"));
    if (!lesson.open(QIODevice::WriteOnly) || !program.open(QIODevice::WriteOnly))
        qFatal("bench: cannot write the large lesson pack in %s", qPrintable(folder));
    lesson.write("---\ntitle: Large files\n---\n\n## Large programs\n\n```python\n");
    lesson.write(python.join(QLatin1Char('\n')).toUtf8());
    lesson.write("\n```\n");
    program.write(cpp.join(QLatin1Char('\n')).toUtf8());
    program.write("\n");
}

void measureLanguage(const Context &context, MainWindow &window, Language language, const QStringList &lines)
{
    const QString name = language == Language::Python ? QStringLiteral("Python") : QStringLiteral("C++");
    CodePane &pane = *window.codePane(language);
    QsciScintilla *editor = pane.editor();
    if (editor->lines() < fileLines)
        qFatal("bench: the %s pane holds %d lines, not %d", qPrintable(name), editor->lines(), fileLines);

    BareHighlighter bare;
    bare.setDefinition(syntaxRepository().definitionForName(name));
    bare.setTheme(pane.lexer()->theme());

    // Interleaved, so both see the same machine.
    QList<double> paneTimes;
    QList<double> bareTimes;
    QElapsedTimer clock;
    for (int repetition = 0; repetition <= stylingRepetitions; ++repetition) {
        clock.start();
        editor->SendScintilla(QsciScintilla::SCI_COLOURISE, 0UL, -1L);
        const double paneTime = elapsedMilliseconds(clock);
        clock.start();
        bare.highlight(lines);
        const double bareTime = elapsedMilliseconds(clock);
        if (repetition > 0) { // the first of each warms caches
            paneTimes.append(paneTime);
            bareTimes.append(bareTime);
        }
    }
    if (pane.lexer()->lastStyledLineCount() < fileLines)
        qFatal("bench: the pane styled %d lines, not %d", pane.lexer()->lastStyledLineCount(), fileLines);
    context.report->add(Figure::againstFloor(
        QStringLiteral("styling a 10,000-line %1 file in a pane").arg(name),
        QStringLiteral("KSyntaxHighlighting's AbstractHighlighter over the same lines, with an empty applyFormat"),
        QStringLiteral("ms"), RunStatistics::of(paneTimes).median, RunStatistics::of(bareTimes).median, 1.5,
        stylingRepetitions));

    // Type in the middle of the file, as a learner would, and style what
    // the next frame shows: the lines on screen from the edited one on.
    const int middle = fileLines / 2;
    const int onScreen = int(editor->SendScintilla(QsciScintilla::SCI_LINESONSCREEN));
    editor->SendScintilla(QsciScintilla::SCI_SETFIRSTVISIBLELINE, middle - onScreen / 2);
    editor->setCursorPosition(middle, 4);
    editor->setFocus();
    const long lineStart = editor->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, middle);
    const long screenEnd = editor->SendScintilla(QsciScintilla::SCI_GETLINEENDPOSITION, middle + onScreen / 2);
    QList<double> typingTimes;
    int restyledLines = 0;
    for (int repetition = 0; repetition < typingRepetitions; ++repetition) {
        clock.start();
        QTest::keyClick(editor, Qt::Key_X);
        editor->SendScintilla(QsciScintilla::SCI_COLOURISE, lineStart, screenEnd);
        typingTimes.append(elapsedMilliseconds(clock));
        restyledLines = pane.lexer()->lastStyledLineCount();
        QTest::keyClick(editor, Qt::Key_Backspace);
        editor->SendScintilla(QsciScintilla::SCI_COLOURISE, lineStart, screenEnd);
    }
    context.report->add(Figure::absolute(QStringLiteral("restyle after typing one character mid-file (%1)").arg(name),
                                         QStringLiteral("ms"), RunStatistics::of(typingTimes).median, 1.0,
                                         typingRepetitions));
    std::fprintf(stderr, "bench: each character typed in the %s file restyled %d lines (%d on screen)\n",
                 qPrintable(name), restyledLines, onScreen);
}

} // namespace

void measureHighlighting(const Context &context)
{
    const QStringList python = largeFile(context.lessons, Language::Python);
    const QStringList cpp = largeFile(context.lessons, Language::Cpp);
    if (python.size() != fileLines || cpp.size() != fileLines)
        qFatal("bench: the built-in lessons hold no code to make large files of");
    QTemporaryDir folder;
    LessonSources sources;
    sources.builtIn = false;
    sources.userFolder = false;
    writeLargePack(folder.path(), python, cpp);
    sources.paths = {folder.path()};
    const LessonCollection lessons = loadLessons(sources);
    if (lessons.lessons.size() != 1 || !lessons.errors.isEmpty())
        qFatal("bench: the large lesson pack did not load: %s",
               qPrintable(lessons.errors.isEmpty() ? QString() : lessons.errors.constFirst().toString()));

    MainWindow window(lessons);
    showForMeasuring(window);
    const Lesson &lesson = lessons.lessons.constFirst();
    const Section *large = lesson.section(QString::fromLatin1(largeSectionId));
    if (!large || !window.showAddress(lesson.address(*large)))
        qFatal("bench: the large section is missing");
    // Let the window lay the section out, as it would before the learner types.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    measureLanguage(context, window, Language::Python, python);
    measureLanguage(context, window, Language::Cpp, cpp);
}

} // namespace Duet::Bench
