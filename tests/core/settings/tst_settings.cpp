// Settings read through their keys: defaults, ranges, and values that cannot
// be used; the run limits read through them; and the command line's
// --timeout held to the same range.

#include "core/cli/CommandLine.h"
#include "core/run/RunLimits.h"
#include "core/settings/Settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <limits>

using namespace Duet;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void unsetKeysReadAsTheirDefaults()
    {
        const Settings settings;
        QCOMPARE(settings.value(Setting::runWallMilliseconds), 10'000);
        QCOMPARE(settings.value(Setting::runProcesses), 256);
        QVERIFY(settings.value(Setting::trustedPacks).isEmpty());
        const RunLimits limits = RunLimits::fromSettings();
        QCOMPARE(limits.wallMilliseconds, 10'000);
        QCOMPARE(limits.memoryBytes, qint64(1) << 30);
    }

    void unusableValuesFallBackToTheDefault_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("infinite") << QStringLiteral("inf");
        QTest::newRow("not a number") << QStringLiteral("nan");
        QTest::newRow("text") << QStringLiteral("ten seconds");
        QTest::newRow("negative") << QStringLiteral("-5");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("too large") << QStringLiteral("10000000000");
        QTest::newRow("past an int") << QStringLiteral("2147483648");
        QTest::newRow("a fraction") << QStringLiteral("1500.5");
    }

    void unusableValuesFallBackToTheDefault()
    {
        QFETCH(QString, stored);
        QSettings().setValue(QStringLiteral("run/wallMilliseconds"), stored);
        QTest::ignoreMessage(QtWarningMsg,
                             qPrintable(QStringLiteral("the setting run/wallMilliseconds is \"%1\", not a whole "
                                                       "number from 1 to 3600000 milliseconds; using 10000")
                                            .arg(stored)));
        QCOMPARE(Settings().value(Setting::runWallMilliseconds), 10'000);
        // Warned once; the limits read the same value without another word.
        QCOMPARE(RunLimits::fromSettings().wallMilliseconds, 10'000);
    }

    void usableValuesAreRead()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("run/wallMilliseconds"), 2500);
        settings.setValue(QStringLiteral("run/processes"), QStringLiteral("64"));
        settings.setValue(QStringLiteral("run/memoryBytes"), qint64(512) << 20);
        const RunLimits limits = RunLimits::fromSettings();
        QCOMPARE(limits.wallMilliseconds, 2500);
        QCOMPARE(limits.processes, 64);
        QCOMPARE(limits.memoryBytes, qint64(512) << 20);
        // The command line's --timeout wins over the setting.
        QCOMPARE(RunLimits::fromSettings(0.25).wallMilliseconds, 250);
    }

    void settingRefusesOutOfRange()
    {
        Settings settings;
        QVERIFY(!settings.setValue(Setting::runProcesses, 0));
        QVERIFY(settings.setValue(Setting::runProcesses, 100));
        QCOMPARE(settings.value(Setting::runProcesses), 100);
    }

    void timeoutOnTheCommandLine_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<double>("seconds");
        QTest::newRow("inf") << QStringLiteral("inf") << false << 0.0;
        QTest::newRow("-inf") << QStringLiteral("-inf") << false << 0.0;
        QTest::newRow("nan") << QStringLiteral("nan") << false << 0.0;
        QTest::newRow("1e10") << QStringLiteral("1e10") << false << 0.0;
        QTest::newRow("2147484") << QStringLiteral("2147484") << false << 0.0;
        QTest::newRow("1e308") << QStringLiteral("1e308") << false << 0.0;
        QTest::newRow("negative") << QStringLiteral("-1") << false << 0.0;
        QTest::newRow("zero") << QStringLiteral("0") << false << 0.0;
        QTest::newRow("below a millisecond") << QStringLiteral("0.0004") << false << 0.0;
        QTest::newRow("text") << QStringLiteral("soon") << false << 0.0;
        QTest::newRow("empty") << QString() << false << 0.0;
        QTest::newRow("a millisecond") << QStringLiteral("0.001") << true << 0.001;
        QTest::newRow("half a second") << QStringLiteral("0.5") << true << 0.5;
        QTest::newRow("an hour") << QStringLiteral("3600") << true << 3600.0;
        QTest::newRow("just past an hour") << QStringLiteral("3600.01") << false << 0.0;
    }

    void timeoutOnTheCommandLine()
    {
        QFETCH(QString, given);
        QFETCH(bool, accepted);
        QFETCH(double, seconds);
        const auto parsed = CommandLine::parse({QStringLiteral("duet"), QStringLiteral("--run"),
                                                QStringLiteral("lesson/section"), QStringLiteral("--timeout"), given});
        QCOMPARE(parsed.has_value(), accepted);
        if (accepted) {
            QCOMPARE(parsed->timeoutSeconds, seconds);
            QCOMPARE(RunLimits::fromSettings(parsed->timeoutSeconds).wallMilliseconds, qRound(seconds * 1000));
        } else {
            QCOMPARE(parsed.error(),
                     QStringLiteral("--timeout needs a time limit from 0.001 to 3600 seconds, not "
                                    "\"%1\"")
                         .arg(given));
        }
    }

    void limitsIgnoreAnUnusableTimeout()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ignoring a wall-time limit of inf")));
        QCOMPARE(RunLimits::fromSettings(std::numeric_limits<double>::infinity()).wallMilliseconds, 10'000);
    }

    void trustOnTheCommandLine()
    {
        const auto trusted
            = CommandLine::parse({QStringLiteral("duet"), QStringLiteral("--check"), QStringLiteral("--trust")});
        QVERIFY(trusted);
        QVERIFY(trusted->trust);
        const auto untrusted = CommandLine::parse({QStringLiteral("duet"), QStringLiteral("--check")});
        QVERIFY(untrusted);
        QVERIFY(!untrusted->trust);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
