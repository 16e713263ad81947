// Saving edits a moment after typing pauses: nothing written per keystroke,
// the newest text wins, and nothing pending is ever dropped.

#include "core/edit/EditWriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

namespace
{

const QString lessonId = QStringLiteral("lesson");
const QString sectionId = QStringLiteral("section");

} // namespace

class TestEditWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOnceTypingPauses()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        EditStore store(directory.path());
        EditWriter writer(store);
        writer.schedule(lessonId, sectionId, Language::Cpp, QStringLiteral("int main() {}\n"), true);
        writer.schedule(lessonId, sectionId, Language::Cpp, QStringLiteral("int main() { return 0; }\n"), true);
        QVERIFY(writer.hasPending());
        QVERIFY(!store.load(lessonId, sectionId, Language::Cpp));
        QTRY_COMPARE(store.load(lessonId, sectionId, Language::Cpp), QStringLiteral("int main() { return 0; }\n"));
        QVERIFY(!writer.hasPending());
    }

    void flushWritesEveryProgramAtOnce()
    {
        QTemporaryDir directory;
        EditStore store(directory.path());
        EditWriter writer(store);
        writer.schedule(lessonId, sectionId, Language::Cpp, QStringLiteral("// c++\n"), true);
        writer.schedule(lessonId, sectionId, Language::Python, QStringLiteral("# python\n"), true);
        writer.flush();
        QCOMPARE(store.load(lessonId, sectionId, Language::Cpp), QStringLiteral("// c++\n"));
        QCOMPARE(store.load(lessonId, sectionId, Language::Python), QStringLiteral("# python\n"));

        // Back to the lesson's version: the saved edit goes.
        writer.schedule(lessonId, sectionId, Language::Cpp, QStringLiteral("original\n"), false);
        writer.flush();
        QVERIFY(!store.load(lessonId, sectionId, Language::Cpp));
        QCOMPARE(store.load(lessonId, sectionId, Language::Python), QStringLiteral("# python\n"));
    }

    void destructionFlushes()
    {
        QTemporaryDir directory;
        EditStore store(directory.path());
        {
            EditWriter writer(store);
            writer.schedule(lessonId, sectionId, Language::Python, QStringLiteral("print('kept')\n"), true);
        }
        QCOMPARE(store.load(lessonId, sectionId, Language::Python), QStringLiteral("print('kept')\n"));
    }

    void aFailedSaveIsReportedAndKept()
    {
        QTemporaryDir directory;
        // A file where the store's folder should be: no folder can be made.
        QFile blocker(directory.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EditStore store(blocker.fileName() + QLatin1String("/edits"));
        EditWriter writer(store);
        QSignalSpy failed(&writer, &EditWriter::saveFailed);
        writer.schedule(lessonId, sectionId, Language::Cpp, QStringLiteral("// unsaved\n"), true);
        writer.flush();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().at(0).toString(), lessonId);
        QVERIFY(writer.hasPending());
        // The message names the folder and the reason.
        const QString message = failed.constFirst().at(3).toString();
        QVERIFY2(message.contains(blocker.fileName()) && message.contains(QLatin1String("Not a directory")),
                 qPrintable(message));
        // The edit stays readable from memory...
        QCOMPARE(writer.pendingEdit(lessonId, sectionId, Language::Cpp)->text, QStringLiteral("// unsaved\n"));
        QVERIFY(!writer.flush());
        // ...until it is saved somewhere that works.
        EditStore elsewhere(directory.filePath(QStringLiteral("elsewhere")));
        QVERIFY(writer.saveTo(elsewhere).isEmpty());
        QVERIFY(!writer.hasPending());
        QCOMPARE(elsewhere.load(lessonId, sectionId, Language::Cpp), QStringLiteral("// unsaved\n"));
    }
};

QTEST_GUILESS_MAIN(TestEditWriter)
#include "tst_editwriter.moc"
