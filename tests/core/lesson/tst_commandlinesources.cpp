// Where the command line says lessons come from: --lesson-dir paths (files or
// folders) and the window's positional PATH.

#include "core/cli/CommandLine.h"

#include <QTest>

using namespace Duet;

class TestCommandLineSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sources_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("openPath");
        const QString duet = QStringLiteral("duet");
        QTest::newRow("nothing") << QStringList({duet}) << QStringList() << QString();
        QTest::newRow("a file to open") << QStringList({duet, QStringLiteral("ARTICLE.md")})
                                        << QStringList({QStringLiteral("ARTICLE.md")}) << QStringLiteral("ARTICLE.md");
        QTest::newRow("after --lesson-dir")
            << QStringList({duet, QStringLiteral("--lesson-dir"), QStringLiteral("packs"), QStringLiteral("notes.md")})
            << QStringList({QStringLiteral("packs"), QStringLiteral("notes.md")}) << QStringLiteral("notes.md");
        QTest::newRow("--lesson-dir takes a file")
            << QStringList({duet, QStringLiteral("--list"), QStringLiteral("--lesson-dir"), QStringLiteral("a.md"),
                            QStringLiteral("--lesson-dir"), QStringLiteral("folder")})
            << QStringList({QStringLiteral("a.md"), QStringLiteral("folder")}) << QString();
        QTest::newRow("a screenshot of an article")
            << QStringList({duet, QStringLiteral("--screenshot"), QStringLiteral("out.png"), QStringLiteral("a.md")})
            << QStringList({QStringLiteral("a.md")}) << QStringLiteral("a.md");
        QTest::newRow("a path that looks like an option")
            << QStringList({duet, QStringLiteral("--"), QStringLiteral("--notes.md")})
            << QStringList({QStringLiteral("--notes.md")}) << QStringLiteral("--notes.md");
    }

    void sources()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, paths);
        QFETCH(QString, openPath);
        const auto commandLine = CommandLine::parse(arguments);
        QVERIFY2(commandLine.has_value(), qPrintable(commandLine ? QString() : commandLine.error()));
        QCOMPARE(commandLine->lessonSources.paths, paths);
        QCOMPARE(commandLine->openPath, openPath);
        QVERIFY(commandLine->lessonSources.builtIn);
        QVERIFY(commandLine->lessonSources.userFolder);
    }

    void misplacedPaths_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString duet = QStringLiteral("duet");
        QTest::newRow("two paths") << QStringList({duet, QStringLiteral("a.md"), QStringLiteral("b.md")})
                                   << QStringLiteral("unexpected argument \"b.md\": the window opens one PATH");
        QTest::newRow("with --list") << QStringList({duet, QStringLiteral("--list"), QStringLiteral("a.md")})
                                     << QStringLiteral("other modes take it as --lesson-dir a.md");
        QTest::newRow("with --check") << QStringList({duet, QStringLiteral("--check"), QStringLiteral("a.md")})
                                      << QStringLiteral("other modes take it as --lesson-dir a.md");
    }

    void misplacedPaths()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto commandLine = CommandLine::parse(arguments);
        QVERIFY(!commandLine.has_value());
        QVERIFY2(commandLine.error().contains(message), qPrintable(commandLine.error()));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineSources)
#include "tst_commandlinesources.moc"
