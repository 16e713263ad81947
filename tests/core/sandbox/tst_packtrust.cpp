// Which packs' programs may run where there is no sandbox: built-in lessons
// always, a folder's pack once the learner trusts it, by its real folder.

#include "core/sandbox/PackTrust.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

namespace
{

Lesson packIn(const QString &directory)
{
    Lesson lesson;
    lesson.id = QStringLiteral("pack");
    lesson.origin = Lesson::Origin::Folder;
    lesson.directory = directory;
    return lesson;
}

} // namespace

class TestPackTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void builtInLessonsAreTrusted()
    {
        Lesson lesson;
        lesson.directory = QStringLiteral(":/lessons/advanced-python");
        QVERIFY(PackTrust::isTrusted(lesson));
        Section section;
        section.python.fileName = QStringLiteral(":/lessons/advanced-python/lesson.md");
        QCOMPARE(PackTrust::packDirectory(section), QStringLiteral(":/lessons/advanced-python"));
        QVERIFY(PackTrust::isTrusted(section));
    }

    void aFolderPackOnceTrusted()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const Lesson pack = packIn(folder.path());
        Section section;
        section.cpp.fileName = folder.filePath(QStringLiteral("cpp/section.cpp"));
        QCOMPARE(PackTrust::packDirectory(section), folder.path());
        QVERIFY(!PackTrust::isTrusted(pack));
        QVERIFY(!PackTrust::isTrusted(section));

        PackTrust::trust(pack);
        QVERIFY(PackTrust::isTrusted(pack));
        QVERIFY(PackTrust::isTrusted(section));
        // Kept in the settings, for the next session.
        QVERIFY(QSettings()
                    .value(QStringLiteral("trust/packs"))
                    .toStringList()
                    .contains(QFileInfo(folder.path()).canonicalFilePath()));

        // The same folder reached through a link is the same pack; another
        // folder is not trusted because it shares a name.
        QTemporaryDir links;
        const QString link = links.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(folder.path(), link));
        QVERIFY(PackTrust::isTrusted(packIn(link)));
        QTemporaryDir other;
        QVERIFY(!PackTrust::isTrusted(packIn(other.path())));

        PackTrust::distrust(pack);
        QVERIFY(!PackTrust::isTrusted(pack));
    }

    void everyPackForOneSession()
    {
        QTemporaryDir folder;
        QVERIFY(!PackTrust::isTrusted(packIn(folder.path())));
        PackTrust::trustEveryPackThisSession();
        QVERIFY(PackTrust::isTrusted(packIn(folder.path())));
        QVERIFY(QSettings().value(QStringLiteral("trust/packs")).toStringList().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPackTrust)
#include "tst_packtrust.moc"
