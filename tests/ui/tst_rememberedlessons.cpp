// The lessons a learner opened in the window, remembered across restarts: a
// pack's lesson.md stands for its folder, a path is kept once, and one that
// disappeared is forgotten.

#include "ui/RememberedLessons.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

namespace
{

const QString goodPack = QStringLiteral(DUET_TEST_DATA_DIR "/packs/good-complete");

} // namespace

class TestRememberedLessons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void aPackIsRememberedByItsFolderOnce()
    {
        QVERIFY(RememberedLessons::paths().isEmpty());
        RememberedLessons::remember(goodPack + QStringLiteral("/lesson.md"));
        QCOMPARE(RememberedLessons::paths(), QStringList {goodPack});
        RememberedLessons::remember(goodPack);
        QCOMPARE(RememberedLessons::paths(), QStringList {goodPack});
        RememberedLessons::forget(goodPack + QStringLiteral("/lesson.md"));
        QVERIFY(RememberedLessons::paths().isEmpty());
    }

    void whatCanBeALesson_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("lesson");
        QTest::newRow("a folder") << goodPack << true;
        QTest::newRow("a Markdown file") << goodPack + QStringLiteral("/lesson.md") << true;
        QTest::newRow("a C++ file") << QStringLiteral(DUET_TEST_DATA_DIR "/programs/greeting.cpp") << false;
        QTest::newRow("nothing") << QStringLiteral(DUET_TEST_DATA_DIR "/no-such-thing.md") << false;
    }

    void whatCanBeALesson()
    {
        QFETCH(QString, path);
        QTEST(RememberedLessons::looksLikeLesson(path), "lesson");
    }

    void whatIsGoneIsForgotten()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString article = directory.filePath(QStringLiteral("notes.md"));
        QFile file(article);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Notes\n");
        file.close();
        RememberedLessons::remember(article);
        RememberedLessons::remember(goodPack);
        QCOMPARE(RememberedLessons::paths(), QStringList({article, goodPack}));
        QVERIFY(QFile::remove(article));
        QCOMPARE(RememberedLessons::paths(), QStringList {goodPack});
        // Forgotten for good, not only skipped.
        QCOMPARE(QSettings().value(QStringLiteral("lessons/opened")).toStringList(), QStringList {goodPack});
    }
};

QTEST_MAIN(TestRememberedLessons)
#include "tst_rememberedlessons.moc"
