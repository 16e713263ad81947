// The cache of compiled programs on its own: entries verified by their hash,
// installed whole, and trimmed to a size, least recently used first.

#include "core/run/ProgramCache.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Duet;

namespace
{

/// Builds a fake entry of `bytes` in `cache`, as a compiler would leave it.
QString build(const ProgramCache &cache, const QString &key, qsizetype bytes)
{
    const auto folder = cache.makeBuildFolder(key);
    if (!folder)
        return {};
    QFile program(QDir(*folder).filePath(ProgramCache::executableName));
    if (!program.open(QIODevice::WriteOnly))
        return {};
    program.write(QByteArray(bytes, 'x'));
    program.close();
    const auto installed = cache.install(*folder, key);
    return installed ? *installed : QString();
}

void makeOlder(const QString &path, int seconds)
{
    const timespec when[2]
        = {{QDateTime::currentSecsSinceEpoch() - seconds, 0}, {QDateTime::currentSecsSinceEpoch() - seconds, 0}};
    utimensat(AT_FDCWD, QFile::encodeName(path).constData(), when, 0);
}

} // namespace

class TestProgramCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installsAndVerifies()
    {
        QTemporaryDir root;
        const ProgramCache cache(root.path());
        const QString executable = build(cache, QStringLiteral("k1"), 1000);
        QCOMPARE(executable, root.filePath(QStringLiteral("k1/program")));
        QCOMPARE(cache.verifiedExecutable(QStringLiteral("k1")), executable);

        QFile file(executable);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(10));
        file.write("y");
        file.close();
        QVERIFY(cache.verifiedExecutable(QStringLiteral("k1")).isEmpty());
        QVERIFY(!QFile::exists(executable));
    }

    void secondInstallUsesTheFirst()
    {
        QTemporaryDir root;
        const ProgramCache cache(root.path());
        const auto first = cache.makeBuildFolder(QStringLiteral("same"));
        const auto second = cache.makeBuildFolder(QStringLiteral("same"));
        QVERIFY(first && second && *first != *second);
        for (const QString &folder : {*first, *second}) {
            QFile program(QDir(folder).filePath(ProgramCache::executableName));
            QVERIFY(program.open(QIODevice::WriteOnly));
            program.write(folder.toUtf8());
        }
        const auto one = cache.install(*first, QStringLiteral("same"));
        const auto two = cache.install(*second, QStringLiteral("same"));
        QVERIFY(one && two);
        QCOMPARE(*one, *two);
        QVERIFY(!QFile::exists(*second));
        QCOMPARE(cache.verifiedExecutable(QStringLiteral("same")), *one);
    }

    void trimsLeastRecentlyUsedFirst()
    {
        QTemporaryDir root;
        const ProgramCache cache(root.path());
        for (int index = 0; index < 5; ++index) {
            QVERIFY(!build(cache, QStringLiteral("entry%1").arg(index), 10'000).isEmpty());
            makeOlder(root.filePath(QStringLiteral("entry%1").arg(index)), 1000 * (5 - index));
        }
        // entry0 is the oldest, but used just now.
        QVERIFY(!cache.verifiedExecutable(QStringLiteral("entry0")).isEmpty());
        const auto unfinished = cache.makeBuildFolder(QStringLiteral("crashed"));
        QVERIFY(unfinished);
        makeOlder(*unfinished, 7200);

        cache.trim(35'000);
        const QStringList left = QDir(root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(left, QStringList({QStringLiteral("entry0"), QStringLiteral("entry3"), QStringLiteral("entry4")}));
    }
};

QTEST_GUILESS_MAIN(TestProgramCache)
#include "tst_programcache.moc"
