// Reading lesson packs from folders and single Markdown files: the good ones
// load completely, every broken or hostile one is reported with the file, the
// line and the reason — special files and links out of the pack without ever
// being opened.

#include "SpecialFiles.h"
#include "core/lesson/LessonLoader.h"
#include "core/lesson/LessonPackReader.h"
#include "core/lesson/LessonParser.h"
#include "core/lesson/Slug.h"
#include "core/lesson/TextFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

namespace
{

QString packPath(const QString &name)
{
    return QStringLiteral(DUET_TEST_DATA_DIR "/packs/") + name;
}

/// "relative/file:line:fragment": line -1 accepts any line.
struct ExpectedError {
    QString file;
    int line = 0;
    QString fragment;
};

QString describe(const Diagnostics &errors)
{
    QStringList lines;
    for (const Diagnostic &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

const QByteArray goodManifest = "---\ntitle: Hostile\n---\n\n## Real section\n";

} // namespace

Q_DECLARE_METATYPE(QList<ExpectedError>)
Q_DECLARE_METATYPE(Duet::Testing::Special)

class TestLessonPackReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void completePack()
    {
        const auto lesson = LessonPackReader::read(packPath(QStringLiteral("good-complete")), Lesson::Origin::Folder);
        QVERIFY2(lesson.has_value(), qPrintable(lesson ? QString() : lesson.error().constFirst().toString()));
        QCOMPARE(lesson->id, QStringLiteral("loops"));
        QCOMPARE(lesson->title, QStringLiteral("Loops, two ways"));
        QCOMPARE(lesson->description, QStringLiteral("Counting in both languages."));
        QCOMPARE(lesson->date, QStringLiteral("2026-11-01"));
        QCOMPARE(lesson->category, QStringLiteral("Basics"));
        QCOMPARE(lesson->metadata.value(QStringLiteral("difficulty")).toString(), QStringLiteral("gentle"));
        QCOMPARE(lesson->metadata.value(QStringLiteral("tags")).toStringList(),
                 QStringList({QStringLiteral("loops"), QStringLiteral("ranges")}));
        QCOMPARE(lesson->introduction, QStringLiteral("Counting is where every language shows its manners.\n"));
        QCOMPARE(lesson->source(), packPath(QStringLiteral("good-complete")));
        QCOMPARE(lesson->file, packPath(QStringLiteral("good-complete/lesson.md")));
        QCOMPARE(lesson->idLine, 3);
        QCOMPARE(lesson->order, std::nullopt);
        QCOMPARE(lesson->sections.size(), 2);

        const Section &counting = lesson->sections.at(0);
        QCOMPARE(counting.id, QStringLiteral("counting-up"));
        QCOMPARE(counting.title, QStringLiteral("Counting up"));
        QCOMPARE(counting.line, 17);
        QCOMPARE(counting.python.text,
                 QStringLiteral("for number in range(3):\n    print(number)\nprint(\"took 3 ms\")\n"));
        QCOMPARE(counting.python.sourceLines, QList<int>({23, 24, 26}));
        QCOMPARE(counting.python.regions, QList<LinkedRegion>({{QStringLiteral("loop"), 0, 1, 22}}));
        QVERIFY(counting.prose.contains(QLatin1String("Python counts with `range`.")));
        QVERIFY(counting.prose.contains(QLatin1String("C++ counts with `std::views::iota`.")));
        QVERIFY(!counting.prose.contains(QLatin1String("for number")));
        QVERIFY(counting.cpp.fileName.endsWith(QLatin1String("cpp/counting-up.cpp")));
        QVERIFY(!counting.cpp.text.contains(QLatin1String("[[loop]]")));
        QCOMPARE(counting.cpp.regions, QList<LinkedRegion>({{QStringLiteral("loop"), 5, 6, 6}}));
        QCOMPARE(counting.cpp.sourceLines.at(5), 7);
        QCOMPARE(counting.varyingOutput, QStringList({QStringLiteral("^took \\d+ ms$")}));
        QVERIFY2(counting.demoExecutable.isEmpty(), "a pack from a folder has no prebuilt demo");

        const Section &prose = lesson->sections.at(1);
        QCOMPARE(prose.id, QStringLiteral("just-prose"));
        QVERIFY(!prose.hasPython());
        QVERIFY(!prose.hasCpp());
        QCOMPARE(prose.prose, QStringLiteral("Nothing to run here.\n"));
    }

    void commonMarkPack()
    {
        const auto lesson = LessonPackReader::read(packPath(QStringLiteral("good-commonmark")), Lesson::Origin::Folder);
        QVERIFY2(lesson.has_value(), qPrintable(lesson ? QString() : lesson.error().constFirst().toString()));
        QCOMPARE(lesson->id, QStringLiteral("good-commonmark"));
        QVERIFY(lesson->introduction.contains(QLatin1String("# Not a section")));
        QCOMPARE(lesson->sections.size(), 2);

        const Section &setext = lesson->sections.at(0);
        QCOMPARE(setext.id, QStringLiteral("setext-section"));
        QCOMPARE(setext.python.text, QStringLiteral("print(\"tilde fence\")\n## not a heading: inside code\n"));
        QVERIFY(!setext.prose.contains(QLatin1String("----")));

        const Section &closing = lesson->sections.at(1);
        QCOMPARE(closing.title, QStringLiteral("Closing hashes"));
        QCOMPARE(closing.id, QStringLiteral("closing-hashes"));
        QCOMPARE(closing.python.text,
                 QStringLiteral("print(\"first block\")\n\n%1\nprint(\"second block\")\n")
                     .arg(LessonParser::blockSeparator()));
        QVERIFY(closing.prose.contains(QLatin1String("Between the blocks.")));
        QVERIFY(closing.prose.contains(QLatin1String("## inside a list")));
        QVERIFY(closing.prose.contains(QLatin1String("```cpp")));
        QVERIFY(!closing.prose.contains(QLatin1String("first block")));
    }

    void withoutFrontMatterOrTitle()
    {
        const auto plain
            = LessonPackReader::read(packPath(QStringLiteral("good-no-front-matter")), Lesson::Origin::Folder);
        QVERIFY2(plain.has_value(), qPrintable(plain ? QString() : describe(plain.error())));
        QCOMPARE(plain->id, QStringLiteral("good-no-front-matter"));
        QCOMPARE(plain->title, QStringLiteral("Plain Markdown, no front matter"));
        QCOMPARE(plain->introduction, QStringLiteral("Some words before the title.\n\nThe introduction.\n"));
        QCOMPARE(plain->sections.size(), 1);
        QCOMPARE(plain->sections.constFirst().python.text, QStringLiteral("print(\"counted\")\n"));

        // Front matter without a title: the heading gives it.
        const auto untitled = LessonPackReader::read(packPath(QStringLiteral("good-front-matter-without-title")),
                                                     Lesson::Origin::Folder);
        QVERIFY2(untitled.has_value(), qPrintable(untitled ? QString() : describe(untitled.error())));
        QCOMPARE(untitled->id, QStringLiteral("untitled"));
        QCOMPARE(untitled->title, QStringLiteral("Titled by its heading"));
        QVERIFY(untitled->introduction.isEmpty());
    }

    void severalFencesAndHints()
    {
        const auto lesson = LessonPackReader::read(packPath(QStringLiteral("good-fences")), Lesson::Origin::Folder);
        QVERIFY2(lesson.has_value(), qPrintable(lesson ? QString() : describe(lesson.error())));
        QCOMPARE(lesson->order, std::optional<int>(7));
        const Section &three = lesson->sections.at(0);
        const QString separator = LessonParser::blockSeparator();
        QCOMPARE(three.python.text,
                 QStringLiteral("values = [3, 1, 2]\n\n%1\nvalues.sort()\n\n%1\nprint(values)\n").arg(separator));
        QCOMPARE(three.python.sourceLines, QList<int>({22, 22, 34, 36, 36, 40, 41}));
        // Regions in later blocks still point at their lines, and pair with
        // the C++ program's.
        QCOMPARE(three.python.regions,
                 QList<LinkedRegion>({{QStringLiteral("data"), 0, 0, 21}, {QStringLiteral("sort"), 3, 3, 35}}));
        QCOMPARE(three.cpp.regions.size(), 2);
        QVERIFY(three.prose.contains(QLatin1String("```python norun\nvalues.sort(key=lambda v: -v)\n```")));
        QVERIFY(!three.prose.contains(QLatin1String("print(values)")));
        QCOMPARE(
            three.hints,
            QStringList({QStringLiteral("Look at the `print` calls."), QStringLiteral("Two lines\nof *Markdown*.")}));

        const Section &illustrations = lesson->sections.at(1);
        QCOMPARE(illustrations.python.text, QStringLiteral("print(\"runs\")\n"));
        QCOMPARE(illustrations.python.sourceLines, QList<int>({51}));
        QVERIFY(illustrations.prose.contains(QLatin1String("print(\"only shown\")")));
        QVERIFY(illustrations.hints.isEmpty());
    }

    void exerciseStarters()
    {
        // cpp/<id>.starter.cpp is where an exercise of section <id> starts,
        // not a program of its own: the section keeps having no C++.
        const QString pack = QStringLiteral(DUET_TEST_DATA_DIR "/exercises/packs/first-steps");
        const auto lesson = LessonPackReader::read(pack, Lesson::Origin::Folder);
        QVERIFY2(lesson.has_value(), qPrintable(lesson ? QString() : describe(lesson.error())));
        const Section *greeting = lesson->section(u"greeting");
        QVERIFY(greeting);
        QVERIFY(!greeting->hasCpp());
        QCOMPARE(greeting->cppStarter.fileName, pack + QStringLiteral("/cpp/greeting.starter.cpp"));
        QVERIFY(greeting->cppStarter.text.startsWith(QLatin1String("#include <print>\n#include <string>\n")));
        QCOMPARE(greeting->cppStarter.sourceLines, QList<int>({1, 2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(greeting->hints.size(), 2);
        QVERIFY(lesson->section(u"squares")->cppStarter.isEmpty());

        // A starter of a section the lesson does not have is reported like any stray C++ file.
        const QString orphan = QStringLiteral(DUET_TEST_DATA_DIR "/exercises/broken/orphan-starter");
        const auto broken = LessonPackReader::read(orphan, Lesson::Origin::Folder);
        QVERIFY(!broken.has_value());
        QCOMPARE(broken.error().size(), 1);
        const Diagnostic &error = broken.error().constFirst();
        QCOMPARE(error.file, orphan + QStringLiteral("/cpp/another-section.starter.cpp"));
        QVERIFY2(error.message.contains(
                     QLatin1String("is the starter of a section 'another-section' the lesson does not have (its "
                                   "section ids: only-section)")),
                 qPrintable(error.message));
    }

    void controlCharactersAreKeptForTheWindow()
    {
        // Loaded as written; the command line escapes them when it prints.
        const auto lesson
            = LessonPackReader::read(packPath(QStringLiteral("good-control-characters")), Lesson::Origin::Folder);
        QVERIFY2(lesson.has_value(), qPrintable(lesson ? QString() : describe(lesson.error())));
        QCOMPARE(lesson->title, QStringLiteral("Clear\x1b[2J the screen, then") + QChar(0) + QStringLiteral(" a NUL"));
        QCOMPARE(lesson->sections.constFirst().title, QStringLiteral("Bell\a and \x1b[31mred\x1b[0m"));
    }

    void singleFile()
    {
        const QString file = QStringLiteral(DUET_TEST_DATA_DIR "/articles/one/notes.md");
        const auto lesson = LessonPackReader::readFile(file);
        QVERIFY2(lesson.has_value(), qPrintable(lesson ? QString() : describe(lesson.error())));
        QCOMPARE(lesson->origin, Lesson::Origin::File);
        QCOMPARE(lesson->title, QStringLiteral("Notes, the first"));
        QCOMPARE(lesson->id,
                 QStringLiteral("notes-") + LessonPackReader::pathHash(QFileInfo(file).canonicalFilePath()));
        QVERIFY(isValidLessonId(lesson->id));
        QCOMPARE(lesson->source(), file);
        QCOMPARE(lesson->file, file);
        QCOMPARE(lesson->directory, QStringLiteral(DUET_TEST_DATA_DIR "/articles/one"));
        QCOMPARE(lesson->sections.constFirst().python.text, QStringLiteral("print([1, 2, 3])\n"));
        QVERIFY(!lesson->sections.constFirst().hasCpp());

        QCOMPARE(LessonPackReader::nameOfFile(QStringLiteral("/x/cheatsheet/README.md")), QStringLiteral("cheatsheet"));
        QCOMPARE(LessonPackReader::nameOfFile(QStringLiteral("/x/y/index.markdown")), QStringLiteral("y"));
        QCOMPARE(LessonPackReader::nameOfFile(QStringLiteral("/x/y/My Notes.md")), QStringLiteral("My Notes"));
    }

    void brokenPack_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QList<ExpectedError>>("expected");
        const auto row = [](const char *pack, QList<ExpectedError> expected) {
            QTest::newRow(pack) << QString::fromLatin1(pack) << expected;
        };
        const QString manifest = QStringLiteral("lesson.md");
        row("bad-no-manifest", {{QString(), 0, QStringLiteral("has no lesson.md")}});
        row("bad-unterminated-front-matter", {{manifest, 1, QStringLiteral("never closed")}});
        row("bad-invalid-yaml", {{manifest, -1, QStringLiteral("invalid YAML")}});
        row("bad-yaml-bomb", {{manifest, 3, QStringLiteral("YAML anchors (&a) are not allowed")}});
        row("bad-yaml-deep", {{manifest, 3, QStringLiteral("nests deeper than 16 levels")}});
        row("bad-id-trailing-newline", {{manifest, 3, QStringLiteral("U+000A")}});
        row("bad-id-characters", {{manifest, 3, QStringLiteral("may hold only lowercase letters")}});
        row("bad-exercise-settings",
            {{manifest, 3, QStringLiteral("'order' must be a whole number")},
             {manifest, 7, QStringLiteral("'hints' must be a list")}});
        row("bad-duplicate-sections", {{manifest, 9, QStringLiteral("already used by the heading on line 5")}});
        row("bad-orphan-cpp", {{QStringLiteral("cpp/missing-section.cpp"), 1, QStringLiteral("matches no section")}});
        row("bad-not-utf8", {{manifest, 5, QStringLiteral("not valid UTF-8")}});
        row("bad-unreadable-cpp", {{QStringLiteral("cpp/real-section.cpp"), 0, QStringLiteral("not a regular file")}});
        row("bad-regions",
            {{manifest, 8, QStringLiteral("'only-python' has no counterpart")},
             {manifest, 11, QStringLiteral("'never-closed' is never closed")},
             {QStringLiteral("cpp/markers.cpp"), 4,
              QStringLiteral("'[[/not-open]]' closes a region that is not open")}});
        row("bad-sections-settings",
            {{manifest, 4, QStringLiteral("no heading has that id")},
             {manifest, 8, QStringLiteral("not a valid regular expression")}});
    }

    void brokenPack()
    {
        QFETCH(QString, pack);
        QFETCH(QList<ExpectedError>, expected);
        const auto lesson = LessonPackReader::read(packPath(pack), Lesson::Origin::Folder);
        QVERIFY2(!lesson.has_value(), "a broken pack must not load");
        const Diagnostics &errors = lesson.error();
        QStringList printed;
        for (const Diagnostic &error : errors)
            printed.append(error.toString());
        for (const ExpectedError &want : expected) {
            const QString file = want.file.isEmpty() ? packPath(pack) : packPath(pack) + QLatin1Char('/') + want.file;
            const bool found = std::any_of(errors.cbegin(), errors.cend(), [&](const Diagnostic &error) {
                return error.file == file && (want.line < 0 ? error.line > 0 : error.line == want.line)
                    && error.message.contains(want.fragment);
            });
            QVERIFY2(found,
                     qPrintable(QStringLiteral("expected %1:%2: …%3… among:\n%4")
                                    .arg(file)
                                    .arg(want.line)
                                    .arg(want.fragment, printed.join(QLatin1Char('\n')))));
        }
    }

    void fileSize_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("message");
        QTest::newRow("at the limit") << TextFile::maximumSize << QString();
        QTest::newRow("one byte over") << TextFile::maximumSize + 1
                                       << QStringLiteral("the file is 1048577 bytes; lesson files may be at most "
                                                         "1048576 bytes (1 MiB)");
        QTest::newRow("a KiB over") << TextFile::maximumSize + 1024
                                    << QStringLiteral("the file is 1025 KiB; lesson files may be at most 1024 KiB");
        QTest::newRow("twice") << 2 * TextFile::maximumSize
                               << QStringLiteral("the file is 2048 KiB; lesson files may be at most 1024 KiB");
    }

    void fileSize()
    {
        QFETCH(qint64, size);
        QFETCH(QString, message);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QByteArray head = "---\ntitle: Huge\n---\n";
        QVERIFY(Testing::writeFile(directory.filePath(QStringLiteral("lesson.md")),
                                   head + QByteArray(size - head.size(), 'x')));
        const auto lesson = LessonPackReader::read(directory.path(), Lesson::Origin::Folder);
        if (message.isEmpty()) {
            QVERIFY2(lesson.has_value(), qPrintable(lesson ? QString() : describe(lesson.error())));
            return;
        }
        QVERIFY(!lesson.has_value());
        QCOMPARE(lesson.error().size(), 1);
        QCOMPARE(lesson.error().constFirst().toString(), directory.filePath(QStringLiteral("lesson.md: ")) + message);
    }

    void specialFiles_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<Testing::Special>("kind");
        QTest::addColumn<QString>("reason");
        using Testing::Special;
        const QString manifest = QStringLiteral("lesson.md");
        const QString program = QStringLiteral("cpp/real-section.cpp");
        const QString fifo = QStringLiteral("is a named pipe (FIFO), not a regular file");
        QTest::newRow("lesson.md is a FIFO") << manifest << Special::Fifo << fifo;
        QTest::newRow("a C++ file is a FIFO") << program << Special::Fifo << fifo;
        QTest::newRow("lesson.md is a socket") << manifest << Special::Socket << QStringLiteral("is a socket");
        QTest::newRow("a C++ file is a device") << program << Special::Device << QStringLiteral("is a device");
        QTest::newRow("lesson.md is a symlink loop")
            << manifest << Special::SymlinkLoop << QStringLiteral("is a symbolic link loop");
        QTest::newRow("a C++ file is a symlink loop")
            << program << Special::SymlinkLoop << QStringLiteral("is a symbolic link loop");
        QTest::newRow("lesson.md links out of the pack")
            << manifest << Special::SymlinkOut
            << QStringLiteral("is a symbolic link that leads out of the lesson pack");
        QTest::newRow("a C++ file links out of the pack")
            << program << Special::SymlinkOut << QStringLiteral("is a symbolic link that leads out of the lesson pack");
        QTest::newRow("the cpp folder links out of the pack")
            << QStringLiteral("cpp") << Special::SymlinkOut
            << QStringLiteral("is a symbolic link that leads out of the lesson pack");
        QTest::newRow("a C++ file links to nothing")
            << program << Special::DanglingSymlink << QStringLiteral("is a symbolic link to something that does not");
    }

    void specialFiles()
    {
        QFETCH(QString, where);
        QFETCH(Testing::Special, kind);
        QFETCH(QString, reason);
        QTemporaryDir directory;
        QTemporaryDir elsewhere;
        QVERIFY(directory.isValid() && elsewhere.isValid());
        // What a link out of the pack would show: a secret, or a folder of
        // C++ files that are not the pack's.
        const QString secret = elsewhere.filePath(QStringLiteral("id_rsa"));
        QVERIFY(Testing::writeFile(secret, "-----BEGIN PRIVATE KEY-----\n"));
        QVERIFY(Testing::writeFile(elsewhere.filePath(QStringLiteral("cpp/real-section.cpp")), "int main() {}\n"));
        const QString target = where == QLatin1String("cpp") ? elsewhere.filePath(QStringLiteral("cpp")) : secret;

        const QString path = directory.filePath(where);
        if (where != QLatin1String("lesson.md"))
            QVERIFY(Testing::writeFile(directory.filePath(QStringLiteral("lesson.md")), goodManifest));
        if (where != QLatin1String("cpp"))
            QDir().mkpath(directory.filePath(QStringLiteral("cpp")));
        if (const QString problem = Testing::makeSpecial(kind, path, target); !problem.isEmpty())
            QSKIP(qPrintable(problem));

        // A FIFO opened for reading would block here until the test timed out.
        const auto lesson = LessonPackReader::read(directory.path(), Lesson::Origin::Folder);
        QVERIFY(!lesson.has_value());
        QCOMPARE(lesson.error().size(), 1);
        const Diagnostic &error = lesson.error().constFirst();
        QCOMPARE(error.file, path);
        QCOMPARE(error.line, 0);
        QVERIFY2(error.message.startsWith(reason), qPrintable(error.toString()));
        QVERIFY(!error.toString().contains(QLatin1String("PRIVATE KEY")));
    }

    void linksInsideThePackAreFollowed()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QVERIFY(Testing::writeFile(directory.filePath(QStringLiteral("shared/lesson.md")), goodManifest));
        QVERIFY(Testing::writeFile(directory.filePath(QStringLiteral("shared/real-section.cpp")),
                                   "int main() { return 0; }\n"));
        QVERIFY(QDir().mkpath(directory.filePath(QStringLiteral("cpp"))));
        QVERIFY(QFile::link(QStringLiteral("shared/lesson.md"), directory.filePath(QStringLiteral("lesson.md"))));
        QVERIFY(QFile::link(QStringLiteral("../shared/real-section.cpp"),
                            directory.filePath(QStringLiteral("cpp/real-section.cpp"))));
        const auto lesson = LessonPackReader::read(directory.path(), Lesson::Origin::Folder);
        QVERIFY2(lesson.has_value(), qPrintable(lesson ? QString() : describe(lesson.error())));
        QCOMPARE(lesson->sections.constFirst().cpp.text, QStringLiteral("int main() { return 0; }\n"));
    }

    void singleFileThatIsNotAFile()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString fifo = directory.filePath(QStringLiteral("article.md"));
        QVERIFY(Testing::makeSpecial(Testing::Special::Fifo, fifo).isEmpty());
        const auto lesson = LessonPackReader::readFile(fifo);
        QVERIFY(!lesson.has_value());
        QCOMPARE(lesson.error().constFirst().toString(),
                 fifo + QStringLiteral(": is a named pipe (FIFO), not a regular file; Duet reads only regular files"));
    }

    void goodPacksLoadBesideBrokenOnes()
    {
        LessonSources sources;
        sources.builtIn = false;
        sources.userFolder = false;
        sources.paths
            = {QStringLiteral(DUET_TEST_DATA_DIR "/packs"), QStringLiteral(DUET_TEST_DATA_DIR "/no-such-folder")};
        const LessonCollection collection = loadLessons(sources);
        QStringList ids;
        for (const Lesson &lesson : collection.lessons)
            ids.append(lesson.id);
        // In path order: `order` first (the fences pack has 7), then by title.
        QCOMPARE(ids,
                 QStringList({QStringLiteral("fences"), QStringLiteral("good-control-characters"),
                              QStringLiteral("good-commonmark"), QStringLiteral("loops"),
                              QStringLiteral("good-no-front-matter"), QStringLiteral("untitled")}));
        QVERIFY(collection.errors.size() >= 15);
        QCOMPARE(collection.errors.constLast().message, QStringLiteral("no such file or folder"));
        QVERIFY(collection.section(u"loops/counting-up"));
        QVERIFY(!collection.section(u"loops/no-such-section"));
    }

    void userFolderIsASource()
    {
        const QString userLessons
            = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/lessons");
        QDir(userLessons).removeRecursively();
        QVERIFY(QDir().mkpath(userLessons + QLatin1String("/mine")));
        QFile manifest(userLessons + QLatin1String("/mine/lesson.md"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("---\ntitle: My own lesson\n---\n\n## Hello\n");
        manifest.close();
        LessonSources sources;
        sources.builtIn = false;
        const LessonCollection collection = loadLessons(sources);
        QDir(userLessons).removeRecursively();
        QCOMPARE(collection.lessons.size(), 1);
        QCOMPARE(collection.lessons.constFirst().title, QStringLiteral("My own lesson"));
        QCOMPARE(collection.lessons.constFirst().origin, Lesson::Origin::Folder);
    }
};

QTEST_GUILESS_MAIN(TestLessonPackReader)
#include "tst_lessonpackreader.moc"
