// `duet --run LESSON/SECTION --program FILE`, run as a user runs it: FILE is
// the section's C++ for one run, also where the section has none; matching
// and differing outputs give exit status 0 and 1 under --lang both; a FILE
// that is not a readable text file is refused with its name and the reason;
// nothing is saved.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace
{

struct Outcome {
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

QString solution(const char *name)
{
    return QStringLiteral(DUET_TEST_DATA_DIR "/exercises/solutions/") + QLatin1String(name);
}

const QString firstSteps = QStringLiteral(DUET_TEST_DATA_DIR "/exercises/packs/first-steps");

} // namespace

class TestProgramOption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void matchingAndDifferingPrograms_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("program");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("standardOutput");
        QTest::newRow("matching") << QStringLiteral("first-steps/squares") << solution("squares.cpp") << 0
                                  << QStringLiteral("── C\\+\\+ ──\n1 squared is 1\n(.|\n)*together: 55\n(.|\n)*"
                                                    "The outputs match.\n");
        QTest::newRow("differing") << QStringLiteral("first-steps/squares") << solution("squares-off-by-one.cpp") << 1
                                   << QStringLiteral("The outputs differ in 2 \\S+ \\(- Python, \\+ C\\+\\+\\):\n"
                                                     "(.|\n)*\\+    5 │ together: 30\n");
        QTest::newRow("a varying line still matches")
            << QStringLiteral("first-steps/timing") << solution("timing.cpp") << 0
            << QStringLiteral("28572 multiples of 7 below 200000\n(.|\n)*The outputs match \\(");
    }

    void matchingAndDifferingPrograms()
    {
        QFETCH(QString, section);
        QFETCH(QString, program);
        QFETCH(int, exitCode);
        QFETCH(QString, standardOutput);
        const Outcome outcome
            = runDuet({QStringLiteral("--run"), section, QStringLiteral("--lang"), QStringLiteral("both"),
                       QStringLiteral("--repeat"), QStringLiteral("1"), QStringLiteral("--program"), program,
                       QStringLiteral("--lesson-dir"), firstSteps});
        QVERIFY2(outcome.exitCode == exitCode, qPrintable(outcome.standardOutput + outcome.standardError));
        QVERIFY2(QRegularExpression(standardOutput).match(outcome.standardOutput).hasMatch(),
                 qPrintable(outcome.standardOutput));
        QVERIFY(outcome.standardOutput.contains(QStringLiteral("── Python ──\n")));
        if (exitCode == 0)
            QVERIFY2(!outcome.standardOutput.contains(QLatin1String("No speed verdict")),
                     qPrintable(outcome.standardOutput));
    }

    void json()
    {
        for (const auto &[program, matches] :
             {std::pair {solution("squares.cpp"), true}, std::pair {solution("squares-off-by-one.cpp"), false}}) {
            const Outcome outcome = runDuet(
                {QStringLiteral("--run"), QStringLiteral("first-steps/squares"), QStringLiteral("--lang"),
                 QStringLiteral("both"), QStringLiteral("--repeat"), QStringLiteral("1"), QStringLiteral("--json"),
                 QStringLiteral("--program"), program, QStringLiteral("--lesson-dir"), firstSteps});
            QCOMPARE(outcome.exitCode, matches ? 0 : 1);
            QJsonParseError error;
            const QJsonObject root = QJsonDocument::fromJson(outcome.standardOutput.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            // The same object as any --run --json: nothing added, nothing missing.
            QCOMPARE(root.keys(),
                     QStringList({QStringLiteral("outputsMatch"), QStringLiteral("repeat"), QStringLiteral("runs"),
                                  QStringLiteral("section"), QStringLiteral("startup"), QStringLiteral("verdict")}));
            QCOMPARE(root.value(QStringLiteral("section")).toString(), QStringLiteral("first-steps/squares"));
            QCOMPARE(root.value(QStringLiteral("outputsMatch")).toBool(), matches);
            const QString cppOutput = root.value(QStringLiteral("runs"))
                                          .toObject()
                                          .value(QStringLiteral("cpp"))
                                          .toObject()
                                          .value(QStringLiteral("output"))
                                          .toString();
            QCOMPARE(cppOutput.endsWith(QLatin1String("together: 55\n")), matches);
        }
    }

    void cppAloneRunsTheFile()
    {
        // The pack's own C++ of this section exits with 3; the file replaces it.
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString program = writeFile(directory, "mine.cpp",
                                          "#include <print>\nint main() { std::println(\"mine, not the pack's\"); }\n");
        const Outcome outcome
            = runDuet({QStringLiteral("--run"), QStringLiteral("programs/exit-status"), QStringLiteral("--program"),
                       program, QStringLiteral("--lesson-dir"), QStringLiteral(DUET_TEST_DATA_DIR "/run-packs")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.standardError));
        QCOMPARE(outcome.standardOutput, QStringLiteral("mine, not the pack's\n"));
    }

    void sectionWithoutCppNeedsAProgram()
    {
        const Outcome without = runDuet({QStringLiteral("--run"), QStringLiteral("first-steps/squares"),
                                         QStringLiteral("--lesson-dir"), firstSteps});
        QCOMPARE(without.exitCode, 2);
        QVERIFY2(
            without.standardError.contains(QLatin1String(
                "section 'first-steps/squares' has no C++ program: it is an exercise; run yours with --program FILE")),
            qPrintable(without.standardError));
        const Outcome with
            = runDuet({QStringLiteral("--run"), QStringLiteral("first-steps/squares"), QStringLiteral("--program"),
                       solution("squares.cpp"), QStringLiteral("--lesson-dir"), firstSteps});
        QVERIFY2(with.exitCode == 0, qPrintable(with.standardError));
        QVERIFY(with.standardOutput.startsWith(QLatin1String("1 squared is 1\n")));
    }

    void compileErrorsNameTheFile()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString program
            = writeFile(directory, "broken.cpp", "#include <print>\n\nint main() { return missing; }\n");
        const Outcome outcome
            = runDuet({QStringLiteral("--run"), QStringLiteral("first-steps/greeting"), QStringLiteral("--program"),
                       program, QStringLiteral("--lesson-dir"), firstSteps});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.standardError.contains(
                     QRegularExpression(QRegularExpression::escape(program) + QStringLiteral(":3:\\d+: error: "))),
                 qPrintable(outcome.standardError));
    }

    void unreadableFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral(": does not exist");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral(": is a folder, not a regular file");
        QTest::newRow("named pipe") << QStringLiteral("fifo") << QStringLiteral(": is a named pipe (FIFO)");
        QTest::newRow("not UTF-8") << QStringLiteral("latin1") << QStringLiteral(":2:7: the file is not valid UTF-8");
        QTest::newRow("over 1 MiB") << QStringLiteral("large")
                                    << QStringLiteral(": the file is 1025 KiB; a program may be at most 1024 KiB");
    }

    void unreadableFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QString path = directory.filePath(kind);
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("fifo")) {
            // Opened for reading, a FIFO nobody writes to would block for ever.
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QLatin1String("latin1")) {
            path = writeFile(directory, "latin1.cpp", "int main()\n// caf\xe9\n{}\n");
        } else if (kind == QLatin1String("large")) {
            path = writeFile(directory, "large.cpp", QByteArray(1025 * 1024, '\n'));
        }
        const Outcome outcome = runDuet({QStringLiteral("--run"), QStringLiteral("first-steps/squares"),
                                         QStringLiteral("--lang"), QStringLiteral("both"), QStringLiteral("--program"),
                                         path, QStringLiteral("--lesson-dir"), firstSteps});
        QCOMPARE(outcome.exitCode, 2);
        QVERIFY2(outcome.standardError.startsWith(QStringLiteral("duet: ") + path + reason),
                 qPrintable(outcome.standardError));
        QVERIFY(outcome.standardOutput.isEmpty());
    }

    void usage()
    {
        for (const QStringList &arguments :
             {QStringList {QStringLiteral("--run"), QStringLiteral("first-steps/squares"), QStringLiteral("--lang"),
                           QStringLiteral("python"), QStringLiteral("--program"), solution("squares.cpp")},
              QStringList {QStringLiteral("--check"), QStringLiteral("--program"), solution("squares.cpp")}}) {
            const Outcome outcome = runDuet(arguments + QStringList {QStringLiteral("--lesson-dir"), firstSteps});
            QCOMPARE(outcome.exitCode, 64);
            QVERIFY2(outcome.standardError.contains(QLatin1String("--program goes with --run and --lang cpp or both")),
                     qPrintable(outcome.standardError));
        }
    }

    void nothingIsSaved()
    {
        // Every run above had this data folder; no edit, attempt or progress came of them.
        QDirIterator files(m_home.filePath(QStringLiteral("data")), QDir::Files | QDir::NoDotAndDotDot,
                           QDirIterator::Subdirectories);
        QStringList saved;
        while (files.hasNext())
            saved.append(files.next());
        QVERIFY2(saved.isEmpty(), qPrintable(saved.join(QLatin1Char('\n'))));
        QVERIFY(!QDir(m_home.filePath(QStringLiteral("config"))).exists(QStringLiteral("duet")));
    }

private:
    Outcome runDuet(const QStringList &arguments)
    {
        QProcess duet;
        // A home of its own, to see what the runs leave behind.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        duet.setProcessEnvironment(environment);
        duet.start(QStringLiteral(DUET_EXECUTABLE), arguments);
        if (!duet.waitForStarted())
            return {};
        duet.closeWriteChannel();
        // A test process, not a GUI thread: waiting here is what a shell does.
        duet.waitForFinished(180'000);
        return {duet.exitStatus() == QProcess::NormalExit ? duet.exitCode() : -1,
                QString::fromUtf8(duet.readAllStandardOutput()), QString::fromUtf8(duet.readAllStandardError())};
    }

    static QString writeFile(const QTemporaryDir &directory, const char *name, const QByteArray &content)
    {
        const QString path = directory.filePath(QLatin1String(name));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return path;
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestProgramOption)
#include "tst_programoption.moc"
