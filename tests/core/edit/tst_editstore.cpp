// The learner's edits on disk: saved, read back after a restart, removed.

#include "core/edit/EditStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Duet;

class TestEditStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsRoundTrip()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        EditStore store(directory.path());
        QVERIFY(!store.load(u"lesson", u"section", Language::Cpp));
        QVERIFY(store.save(u"lesson", u"section", Language::Cpp, QStringLiteral("int main() { return 1; } // café\n")));
        QVERIFY(store.save(u"lesson", u"section", Language::Python, QStringLiteral("print('mine')\n")));
        QCOMPARE(store.load(u"lesson", u"section", Language::Cpp),
                 QStringLiteral("int main() { return 1; } // café\n"));
        // A second store over the same folder, as after a restart.
        const EditStore reopened(directory.path());
        QCOMPARE(reopened.load(u"lesson", u"section", Language::Python), QStringLiteral("print('mine')\n"));
        QVERIFY(store.remove(u"lesson", u"section", Language::Cpp));
        QVERIFY(!store.load(u"lesson", u"section", Language::Cpp));
        QVERIFY(store.remove(u"lesson", u"section", Language::Cpp));
    }
};

QTEST_GUILESS_MAIN(TestEditStore)
#include "tst_editstore.moc"
