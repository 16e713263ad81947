// `duet --list`: lesson text that cannot steer the terminal, problems that
// read well, and a Markdown file given directly — the last through the real
// executable, as a user runs it.

#include "SpecialFiles.h"
#include "core/cli/ListCommand.h"
#include "core/lesson/LessonLoader.h"
#include "core/lesson/LessonPackReader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

namespace
{

LessonCollection load(const QStringList &paths)
{
    LessonSources sources;
    sources.builtIn = false;
    sources.userFolder = false;
    sources.paths = paths;
    return loadLessons(sources);
}

struct Outcome {
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
};

Outcome runDuet(const QStringList &arguments)
{
    QProcess duet;
    duet.start(QStringLiteral(DUET_EXECUTABLE), arguments);
    // A test process, not a GUI thread: waiting here is what a shell does.
    if (!duet.waitForStarted() || !duet.waitForFinished(300'000))
        return {};
    return {duet.exitStatus() == QProcess::NormalExit ? duet.exitCode() : -1, duet.readAllStandardOutput(),
            duet.readAllStandardError()};
}

bool hasControlBytes(const QByteArray &text)
{
    return std::ranges::any_of(text, [](char byte) {
        const auto unit = static_cast<unsigned char>(byte);
        return (unit < 0x20 && unit != '\n') || unit == 0x7f;
    });
}

} // namespace

class TestListCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void terminalSafe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << QStringLiteral("Loops, two ways: café ☕")
                               << QStringLiteral("Loops, two ways: café ☕");
        QTest::newRow("escape sequence") << QStringLiteral("\x1b[2Jgone") << QStringLiteral("\\x1b[2Jgone");
        QTest::newRow("NUL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << QStringLiteral("a\\x00b");
        QTest::newRow("bell, tab, newline") << QStringLiteral("\a\t\n") << QStringLiteral("\\x07\\x09\\x0a");
        QTest::newRow("DEL and C1 CSI") << QStringLiteral("\x7f") + QChar(0x9b) << QStringLiteral("\\x7f\\x9b");
        QTest::newRow("right-to-left override")
            << (QStringLiteral("abc") + QChar(0x202e) + QStringLiteral("fed")) << QStringLiteral("abc\\u202efed");
    }

    void terminalSafe()
    {
        QFETCH(QString, text);
        QFETCH(QString, safe);
        QCOMPARE(Duet::terminalSafe(text), safe);
    }

    void lessonTextIsEscaped()
    {
        const LessonCollection collection = load({QStringLiteral(DUET_TEST_DATA_DIR "/packs/good-control-characters")});
        QVERIFY(collection.errors.isEmpty());
        const QByteArray text = lessonListText(collection);
        QVERIFY2(!hasControlBytes(text), text.constData());
        QVERIFY2(text.contains("Clear\\x1b[2J the screen, then\\x00 a NUL"), text.constData());
        QVERIFY2(text.contains("Bell\\x07 and \\x1b[31mred\\x1b[0m"), text.constData());
        // JSON escapes them its own way, and stays parseable.
        const QJsonDocument json = QJsonDocument::fromJson(lessonListJson(collection));
        const QString title = json[QStringLiteral("lessons")][0][QStringLiteral("title")].toString();
        QCOMPARE(title, QStringLiteral("Clear\x1b[2J the screen, then") + QChar(0) + QStringLiteral(" a NUL"));
    }

    void problemsNameTheSectionsReadably()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        // A heading without a usable id, and a C++ file that matches nothing.
        QByteArray manifest = "---\ntitle: T\n---\n\n## Real\n\n## ☕\n";
        QVERIFY(Testing::writeFile(directory.filePath(QStringLiteral("small/lesson.md")), manifest));
        QVERIFY(Testing::writeFile(directory.filePath(QStringLiteral("small/cpp/orphan.cpp")), "int main() {}\n"));
        for (int section = 0; section < 30; ++section)
            manifest += "\n## Section " + QByteArray::number(section) + "\n";
        QVERIFY(Testing::writeFile(directory.filePath(QStringLiteral("large/lesson.md")), manifest));
        QVERIFY(Testing::writeFile(directory.filePath(QStringLiteral("large/cpp/orphan.cpp")), "int main() {}\n"));

        const QString problems = QString::fromUtf8(lessonProblemsText(load({directory.path()})));
        QVERIFY2(problems.contains(directory.filePath(QStringLiteral("small/cpp/orphan.cpp"))
                                   + QStringLiteral(":1: 'orphan.cpp' matches no section of the lesson (its section "
                                                    "ids: real)\n")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("(its section ids: real, section-0, section-1, section-2, "
                                                  "section-3, section-4, section-5, section-6, section-7, section-8, "
                                                  "section-9, section-10, … and 19 more)\n")),
                 qPrintable(problems));
    }

    void aFileGivenDirectly()
    {
        const QString file = QStringLiteral(DUET_TEST_DATA_DIR "/articles/one/notes.md");
        const QString id = QStringLiteral("notes-") + LessonPackReader::pathHash(QFileInfo(file).canonicalFilePath());
        const Outcome text = runDuet({QStringLiteral("--list"), QStringLiteral("--lesson-dir"), file});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(
            text.standardOutput.contains(
                QStringLiteral("%1  Notes, the first  (%2)\n  %1/lists  Lists  [python]\n").arg(id, file).toUtf8()),
            text.standardOutput.constData());

        const Outcome json
            = runDuet({QStringLiteral("--list"), QStringLiteral("--json"), QStringLiteral("--lesson-dir"), file});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray lessons = QJsonDocument::fromJson(json.standardOutput)[QStringLiteral("lessons")].toArray();
        const auto found = std::ranges::find_if(
            lessons, [&id](const QJsonValue &lesson) { return lesson[QStringLiteral("id")].toString() == id; });
        QVERIFY(found != lessons.end());
        QCOMPARE((*found)[QStringLiteral("source")].toString(), file);
    }

    void specialFilesExitWithTwo()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString fifo = directory.filePath(QStringLiteral("article.md"));
        QVERIFY(Testing::makeSpecial(Testing::Special::Fifo, fifo).isEmpty());
        const QByteArray expected
            = (fifo + QStringLiteral(": is a named pipe (FIFO), not a Markdown file or a folder")).toUtf8();

        const Outcome list = runDuet({QStringLiteral("--list"), QStringLiteral("--lesson-dir"), fifo});
        QCOMPARE(list.exitCode, 2);
        QVERIFY2(list.standardError.startsWith(expected), list.standardError.constData());

        // --check runs every built-in section as well, then fails with 2.
        const Outcome check = runDuet({QStringLiteral("--check"), QStringLiteral("--lesson-dir"), fifo});
        QCOMPARE(check.exitCode, 2);
        QVERIFY2(check.standardOutput.startsWith("FAIL " + expected), check.standardOutput.constData());
    }
};

QTEST_GUILESS_MAIN(TestListCommand)
#include "tst_listcommand.moc"
