// The duet executable's command-line modes, run as a user would run them:
// exit statuses, what goes to stdout and what to stderr.

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace
{

struct Outcome {
    int exitCode = -1;
    QString standardOutput;
    QString standardError;
};

Outcome runDuet(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess duet;
    duet.start(QStringLiteral(DUET_EXECUTABLE), arguments);
    if (!duet.waitForStarted())
        return {};
    duet.write(input);
    duet.closeWriteChannel();
    // A test process, not a GUI thread: waiting here is what a shell does.
    duet.waitForFinished(180'000);
    return {duet.exitStatus() == QProcess::NormalExit ? duet.exitCode() : -1,
            QString::fromUtf8(duet.readAllStandardOutput()), QString::fromUtf8(duet.readAllStandardError())};
}

QString programsPack()
{
    return QStringLiteral(DUET_TEST_DATA_DIR "/run-packs");
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listJson()
    {
        const Outcome outcome = runDuet({QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(outcome.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(outcome.standardOutput.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = document.object();
        QCOMPARE(root.keys(), QStringList({QStringLiteral("errors"), QStringLiteral("lessons")}));
        QVERIFY(root.value(QStringLiteral("errors")).toArray().isEmpty());
        const QJsonArray lessons = root.value(QStringLiteral("lessons")).toArray();
        QVERIFY(!lessons.isEmpty());
        const QJsonObject lesson = lessons.first().toObject();
        QCOMPARE(lesson.keys(),
                 QStringList({QStringLiteral("id"), QStringLiteral("sections"), QStringLiteral("source"),
                              QStringLiteral("title")}));
        QCOMPARE(lesson.value(QStringLiteral("source")).toString(), QStringLiteral("builtin"));
        const QJsonObject section = lesson.value(QStringLiteral("sections")).toArray().first().toObject();
        QCOMPARE(section.keys(),
                 QStringList({QStringLiteral("hasCpp"), QStringLiteral("hasPython"), QStringLiteral("id"),
                              QStringLiteral("title")}));
        QVERIFY(section.value(QStringLiteral("hasCpp")).isBool());
    }

    void listWithBrokenPacks()
    {
        const Outcome outcome = runDuet({QStringLiteral("--list"), QStringLiteral("--json"),
                                         QStringLiteral("--lesson-dir"), QStringLiteral(DUET_TEST_DATA_DIR "/packs")});
        QCOMPARE(outcome.exitCode, 2);
        const QJsonObject root = QJsonDocument::fromJson(outcome.standardOutput.toUtf8()).object();
        QStringList ids;
        for (const QJsonValue &lesson : root.value(QStringLiteral("lessons")).toArray())
            ids.append(lesson.toObject().value(QStringLiteral("id")).toString());
        QVERIFY2(ids.contains(QStringLiteral("loops")), "the good pack still loads beside the broken ones");
        QVERIFY(ids.contains(QStringLiteral("advanced-python")));
        const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
        QVERIFY(errors.size() >= 10);
        for (const QJsonValue &value : errors) {
            const QJsonObject error = value.toObject();
            QVERIFY(error.value(QStringLiteral("file")).toString().startsWith(QStringLiteral(DUET_TEST_DATA_DIR)));
            QVERIFY(error.value(QStringLiteral("line")).isDouble());
            QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        }

        const Outcome text = runDuet({QStringLiteral("--list"), QStringLiteral("--lesson-dir"),
                                      QStringLiteral(DUET_TEST_DATA_DIR "/packs/bad-duplicate-sections")});
        QCOMPARE(text.exitCode, 2);
        QVERIFY2(text.standardError.contains(QRegularExpression(
                     QStringLiteral(R"(bad-duplicate-sections/lesson.md:9: section id 'same-name' is already used)"))),
                 qPrintable(text.standardError));
    }

    void run_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("standardOutput");
        QTest::addColumn<QString>("standardError");
        const QStringList pack {QStringLiteral("--lesson-dir"), programsPack()};
        const auto row = [&](const char *name, QStringList arguments, QByteArray input, int exitCode, const char *out,
                             const char *error) {
            QTest::newRow(name) << (arguments + pack) << input << exitCode << QString::fromUtf8(out)
                                << QString::fromUtf8(error);
        };
        row("C++ exit status", {QStringLiteral("--run"), QStringLiteral("programs/exit-status")}, {}, 3,
            "^to stdout\n$", "^to stderr\nduet: programs/exit-status \\(C\\+\\+\\): exit code 3 · wall ");
        row("Python exit status",
            {QStringLiteral("--run"), QStringLiteral("programs/exit-status"), QStringLiteral("--lang"),
             QStringLiteral("python")},
            {}, 3, "^to stdout\n$", "^to stderr\nduet: programs/exit-status \\(Python\\): exit code 3");
        row("timeout",
            {QStringLiteral("--run"), QStringLiteral("programs/forever"), QStringLiteral("--timeout"),
             QStringLiteral("0.5")},
            {}, 124, "^started\n$", "stopped at the time limit");
        row("signal", {QStringLiteral("--run"), QStringLiteral("programs/crash")}, {}, 128 + 11, "^$",
            "Segmentation fault \\(SIGSEGV\\)");
        row("closed stdin never hangs", {QStringLiteral("--run"), QStringLiteral("programs/echo-input")}, QByteArray(),
            0, "^$", "exit code 0");
        row("repeat",
            {QStringLiteral("--run"), QStringLiteral("programs/exit-status"), QStringLiteral("--repeat"),
             QStringLiteral("3")},
            {}, 3, "^to stdout\n$", "exit code 3");
        row("compile error", {QStringLiteral("--run"), QStringLiteral("programs/does-not-compile")}, {}, 1, "^$",
            "run-packs/programs/cpp/does-not-compile.cpp:7:\\d+: error: ");
        row("unknown section", {QStringLiteral("--run"), QStringLiteral("programs/nothing-here")}, {}, 2, "^$",
            "there is no section 'programs/nothing-here'");
        row("usage error",
            {QStringLiteral("--run"), QStringLiteral("programs/exit-status"), QStringLiteral("--repeat"),
             QStringLiteral("0")},
            {}, 64, "^$", "--repeat needs a whole number");
    }

    void run()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(int, exitCode);
        QFETCH(QString, standardOutput);
        QFETCH(QString, standardError);
        const Outcome outcome = runDuet(arguments, input);
        QVERIFY2(QRegularExpression(standardOutput).match(outcome.standardOutput).hasMatch(),
                 qPrintable(QStringLiteral("stdout was: ") + outcome.standardOutput));
        QVERIFY2(QRegularExpression(standardError).match(outcome.standardError).hasMatch(),
                 qPrintable(QStringLiteral("stderr was: ") + outcome.standardError));
        QCOMPARE(outcome.exitCode, exitCode);
    }

    void runWithStandardInput()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString inputFile = directory.filePath(QStringLiteral("input.txt"));
        QFile file(inputFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello\nduet\n");
        file.close();
        for (const QString &language : {QStringLiteral("cpp"), QStringLiteral("python")}) {
            const Outcome outcome = runDuet({QStringLiteral("--run"), QStringLiteral("programs/echo-input"),
                                             QStringLiteral("--lang"), language, QStringLiteral("--stdin"), inputFile,
                                             QStringLiteral("--lesson-dir"), programsPack()});
            QCOMPARE(outcome.exitCode, 0);
            QCOMPARE(outcome.standardOutput, QStringLiteral("HELLO\nDUET\n"));
        }
    }

    void runBothAsJson()
    {
        // A section whose two programs agree: one JSON object, every sample.
        const Outcome outcome
            = runDuet({QStringLiteral("--run"), QStringLiteral("programs/echo-input"), QStringLiteral("--lang"),
                       QStringLiteral("both"), QStringLiteral("--repeat"), QStringLiteral("3"),
                       QStringLiteral("--json"), QStringLiteral("--lesson-dir"), programsPack()});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.standardOutput + outcome.standardError));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(outcome.standardOutput.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(outcome.standardOutput.endsWith(QLatin1Char('\n')));
        QCOMPARE(outcome.standardOutput.count(QLatin1Char('\n')), 1);
        QCOMPARE(root.value(QStringLiteral("section")).toString(), QStringLiteral("programs/echo-input"));
        QCOMPARE(root.value(QStringLiteral("repeat")).toInt(), 3);
        QCOMPARE(root.value(QStringLiteral("outputsMatch")).toBool(), true);
        for (const QString &language : {QStringLiteral("python"), QStringLiteral("cpp")}) {
            const QJsonObject run = root.value(QStringLiteral("runs")).toObject().value(language).toObject();
            QCOMPARE(run.value(QStringLiteral("wallMs")).toArray().size(), 3);
            QCOMPARE(run.value(QStringLiteral("cpuMs")).toArray().size(), 3);
            QCOMPARE(run.value(QStringLiteral("exitCode")).toInt(), 0);
            QVERIFY(run.value(QStringLiteral("signal")).isNull());
            QVERIFY(run.value(QStringLiteral("output")).isString());
            QCOMPARE(root.value(QStringLiteral("startup"))
                         .toObject()
                         .value(language)
                         .toObject()
                         .value(QStringLiteral("wallMs"))
                         .toArray()
                         .size(),
                     3);
        }
        const QJsonObject verdict = root.value(QStringLiteral("verdict")).toObject();
        const QStringList kinds {QStringLiteral("cpp-faster"), QStringLiteral("python-faster"),
                                 QStringLiteral("no-clear-difference"), QStringLiteral("mostly-waiting")};
        QVERIFY2(kinds.contains(verdict.value(QStringLiteral("kind")).toString()),
                 qPrintable(verdict.value(QStringLiteral("kind")).toString()));
        QVERIFY(!verdict.value(QStringLiteral("text")).toString().isEmpty());
    }

    void runBothReportsFailureAndDifference()
    {
        // The Python exits with 3: both still run, no speed verdict, exit status 1.
        const Outcome failed = runDuet({QStringLiteral("--run"), QStringLiteral("programs/exit-status"),
                                        QStringLiteral("--lang"), QStringLiteral("both"), QStringLiteral("--json"),
                                        QStringLiteral("--lesson-dir"), programsPack()});
        QCOMPARE(failed.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(failed.standardOutput.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("failed"));
        QVERIFY(root.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("ratio")).isNull());
        const QJsonObject runs = root.value(QStringLiteral("runs")).toObject();
        QCOMPARE(runs.value(QStringLiteral("python")).toObject().value(QStringLiteral("exitCode")).toInt(), 3);
        QCOMPARE(runs.value(QStringLiteral("cpp")).toObject().value(QStringLiteral("exitCode")).toInt(), 3);

        // The readable form: both outputs under their names, the table, the verdict last.
        const Outcome text
            = runDuet({QStringLiteral("--run"), QStringLiteral("programs/exit-status"), QStringLiteral("--lang"),
                       QStringLiteral("both"), QStringLiteral("--lesson-dir"), programsPack()});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.standardOutput.contains(QStringLiteral("── Python ──\nto stdout\n")),
                 qPrintable(text.standardOutput));
        QVERIFY(text.standardOutput.contains(QStringLiteral("── C++ ──\nto stdout\n")));
        QVERIFY(text.standardOutput.contains(QLatin1String("wall median")));
        QVERIFY(text.standardOutput.trimmed().endsWith(
            QLatin1String("No speed verdict: the Python ended with exit code 3 and the C++ ended with exit code 3.")));
    }

    void waitingProgramsGetNoSpeedVerdict()
    {
        // Both programs of this section mostly sleep: no language may be credited with the waits.
        const Outcome outcome = runDuet(
            {QStringLiteral("--run"), QStringLiteral("advanced-python/concurrency-and-async"), QStringLiteral("--lang"),
             QStringLiteral("both"), QStringLiteral("--repeat"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.standardOutput + outcome.standardError));
        const QString kind = QJsonDocument::fromJson(outcome.standardOutput.toUtf8())
                                 .object()
                                 .value(QStringLiteral("verdict"))
                                 .toObject()
                                 .value(QStringLiteral("kind"))
                                 .toString();
        QVERIFY2(kind == QLatin1String("mostly-waiting") || kind == QLatin1String("no-clear-difference"),
                 qPrintable(kind));
    }

    void checkBuiltinLessons()
    {
        const Outcome outcome = runDuet({QStringLiteral("--check")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.standardOutput + outcome.standardError));
        const QStringList lines = outcome.standardOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        const QRegularExpressionMatch summary
            = QRegularExpression(QStringLiteral("^(\\d+) passed, 0 failed$")).match(lines.constLast());
        QVERIFY2(summary.hasMatch(), qPrintable(lines.constLast()));
        QCOMPARE(summary.captured(1).toInt(), lines.size() - 1);
        for (qsizetype index = 0; index + 1 < lines.size(); ++index)
            QVERIFY2(lines.at(index).startsWith(QLatin1String("PASS ")), qPrintable(lines.at(index)));
    }

    void checkReportsDifferences()
    {
        const Outcome outcome = runDuet({QStringLiteral("--check"), QStringLiteral("--lesson-dir"), programsPack()});
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY(outcome.standardOutput.contains(
            QLatin1String("FAIL programs/exit-status: the Python ended with exit code 3")));
        QVERIFY(
            outcome.standardOutput.contains(QLatin1String("FAIL programs/does-not-compile: the C++ does not compile")));
        QVERIFY(
            outcome.standardOutput.contains(QRegularExpression(QStringLiteral("\n\\d+ passed, [1-9]\\d* failed\n$"))));
    }

    void startupProbe()
    {
        const Outcome listed = runDuet({QStringLiteral("--list"), QStringLiteral("--json")});
        qsizetype sections = 0;
        for (const QJsonValue &lesson : QJsonDocument::fromJson(listed.standardOutput.toUtf8())
                                            .object()
                                            .value(QStringLiteral("lessons"))
                                            .toArray())
            sections += lesson.toObject().value(QStringLiteral("sections")).toArray().size();
        QVERIFY(sections > 0);

        const Outcome tour
            = runDuet({QStringLiteral("--quit-after-first-frame"), QStringLiteral("--visit-every-section")});
        QVERIFY2(tour.exitCode == 0, qPrintable(tour.standardError));
        QCOMPARE(tour.standardOutput, QStringLiteral("first frame\nvisited %1 sections\n").arg(sections));

        const Outcome alone = runDuet({QStringLiteral("--visit-every-section")});
        QCOMPARE(alone.exitCode, 64);
        QVERIFY(
            alone.standardError.contains(QLatin1String("--visit-every-section goes with --quit-after-first-frame")));
    }

    void screenshot()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString file = directory.filePath(QStringLiteral("window.png"));
        const Outcome outcome
            = runDuet({QStringLiteral("--screenshot"), file, QStringLiteral("--size"), QStringLiteral("1000x700"),
                       QStringLiteral("--section"), QStringLiteral("programs/echo-input"),
                       QStringLiteral("--lesson-dir"), programsPack()});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.standardError));
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 700));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, "the screenshot is nearly blank");

        const Outcome unknown
            = runDuet({QStringLiteral("--screenshot"), file, QStringLiteral("--section"), QStringLiteral("nope/nope")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.standardError.contains(QLatin1String("there is no section 'nope/nope'")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
