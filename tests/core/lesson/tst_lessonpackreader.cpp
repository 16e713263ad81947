// Reading lesson packs from folders: the good ones load completely, every
// broken one is reported with the file, the line and the reason.

#include "core/lesson/LessonLoader.h"
#include "core/lesson/LessonPackReader.h"
#include "core/lesson/TextFile.h"

#include <QDir>
#include <QFile>
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

} // namespace

Q_DECLARE_METATYPE(QList<ExpectedError>)

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
        QCOMPARE(closing.python.text, QStringLiteral("print(\"first block\")\n\nprint(\"second block\")\n"));
        QVERIFY(closing.prose.contains(QLatin1String("Between the blocks.")));
        QVERIFY(closing.prose.contains(QLatin1String("## inside a list")));
        QVERIFY(closing.prose.contains(QLatin1String("```cpp")));
        QVERIFY(!closing.prose.contains(QLatin1String("first block")));
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
        row("bad-no-title", {{manifest, 1, QStringLiteral("has no title")}});
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

    void oversizedFile()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QFile manifest(directory.filePath(QStringLiteral("lesson.md")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("---\ntitle: Huge\n---\n");
        manifest.write(QByteArray(TextFile::maximumSize, 'x'));
        manifest.close();
        const auto lesson = LessonPackReader::read(directory.path(), Lesson::Origin::Folder);
        QVERIFY(!lesson.has_value());
        QCOMPARE(lesson.error().size(), 1);
        QVERIFY(lesson.error().constFirst().message.contains(QLatin1String("at most 1024 KiB")));
    }

    void goodPacksLoadBesideBrokenOnes()
    {
        LessonSources sources;
        sources.builtIn = false;
        sources.userFolder = false;
        sources.folders
            = {QStringLiteral(DUET_TEST_DATA_DIR "/packs"), QStringLiteral(DUET_TEST_DATA_DIR "/no-such-folder")};
        const LessonCollection collection = loadLessons(sources);
        QStringList ids;
        for (const Lesson &lesson : collection.lessons)
            ids.append(lesson.id);
        QCOMPARE(ids, QStringList({QStringLiteral("good-commonmark"), QStringLiteral("loops")}));
        QVERIFY(collection.errors.size() >= 10);
        QCOMPARE(collection.errors.constLast().message, QStringLiteral("no such folder"));
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
