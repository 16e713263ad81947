// Finding this process's own control group in /proc/self/cgroup and
// /proc/self/mountinfo, from texts as real systems write them.

#include "core/sandbox/ControlGroupPlace.h"

#include <QTest>

using namespace Duet;

namespace
{

constexpr QByteArrayView hybridMembership = "9:name=systemd:/\n"
                                            "8:pids:/user.slice\n"
                                            "4:memory:/process_api/12c0\n"
                                            "1:cpu,cpuacct:/\n"
                                            "0::/\n";
constexpr QByteArrayView hybridMounts
    = "24 23 0:21 / /sys/fs/cgroup ro,nosuid - tmpfs tmpfs ro,mode=755\n"
      "30 24 0:26 / /sys/fs/cgroup/pids rw,relatime shared:12 - cgroup cgroup rw,pids\n"
      "31 24 0:27 / /sys/fs/cgroup/memory rw,relatime shared:13 - cgroup cgroup rw,memory\n"
      "32 24 0:28 / /sys/fs/cgroup/cpu,cpuacct rw,relatime shared:14 - cgroup cgroup rw,cpu,cpuacct\n"
      "33 24 0:29 / /sys/fs/cgroup/unified rw,relatime shared:15 - cgroup2 cgroup2 rw\n";

constexpr QByteArrayView unifiedMembership = "0::/user.slice/user-1000.slice/user@1000.service/app.slice/duet.scope\n";
constexpr QByteArrayView unifiedMounts
    = "35 24 0:30 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:9 - cgroup2 cgroup2 rw,nsdelegate\n";

// A container: the hierarchy's root is mounted from deeper in the host's.
constexpr QByteArrayView containerMembership = "0::/docker/abc/inner\n";
constexpr QByteArrayView containerMounts = "40 30 0:30 /docker/abc /sys/fs/cgroup ro,nosuid - cgroup2 cgroup2 rw\n"
                                           "41 30 0:31 /with\\040space /mnt/odd rw - cgroup cgroup rw,pids\n";

} // namespace

class TestControlGroupPlace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ownDirectory_data()
    {
        QTest::addColumn<QByteArray>("membership");
        QTest::addColumn<QByteArray>("mounts");
        QTest::addColumn<QString>("controller");
        QTest::addColumn<QString>("expected");
        QTest::newRow("v1 pids") << hybridMembership.toByteArray() << hybridMounts.toByteArray()
                                 << QStringLiteral("pids") << QStringLiteral("/sys/fs/cgroup/pids/user.slice");
        QTest::newRow("v1 memory") << hybridMembership.toByteArray() << hybridMounts.toByteArray()
                                   << QStringLiteral("memory")
                                   << QStringLiteral("/sys/fs/cgroup/memory/process_api/12c0");
        QTest::newRow("v1 joined controllers")
            << hybridMembership.toByteArray() << hybridMounts.toByteArray() << QStringLiteral("cpuacct")
            << QStringLiteral("/sys/fs/cgroup/cpu,cpuacct");
        QTest::newRow("hybrid's empty unified") << hybridMembership.toByteArray() << hybridMounts.toByteArray()
                                                << QString() << QStringLiteral("/sys/fs/cgroup/unified");
        QTest::newRow("v2") << unifiedMembership.toByteArray() << unifiedMounts.toByteArray() << QString()
                            << QStringLiteral(
                                   "/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/app.slice/duet.scope");
        QTest::newRow("v2 has no v1 pids")
            << unifiedMembership.toByteArray() << unifiedMounts.toByteArray() << QStringLiteral("pids") << QString();
        QTest::newRow("container root") << containerMembership.toByteArray() << containerMounts.toByteArray()
                                        << QString() << QStringLiteral("/sys/fs/cgroup/inner");
        QTest::newRow("not a member") << containerMembership.toByteArray() << containerMounts.toByteArray()
                                      << QStringLiteral("memory") << QString();
        QTest::newRow("outside the mounted part") << QByteArray("4:pids:/elsewhere\n") << containerMounts.toByteArray()
                                                  << QStringLiteral("pids") << QString();
        QTest::newRow("escaped mount fields") << QByteArray("4:pids:/with space/run\n") << containerMounts.toByteArray()
                                              << QStringLiteral("pids") << QStringLiteral("/mnt/odd/run");
    }

    void ownDirectory()
    {
        QFETCH(QByteArray, membership);
        QFETCH(QByteArray, mounts);
        QFETCH(QString, controller);
        QFETCH(QString, expected);
        QCOMPARE(ControlGroupPlace::ownDirectory(membership, mounts, controller), expected);
    }

    void thisProcessHasAnAnswer()
    {
        const ControlGroupPlace &place = ControlGroupPlace::forThisProcess();
        QVERIFY(!place.description.isEmpty());
        if (place.isUsable()) {
            QVERIFY(!place.pidsDirectory.isEmpty());
            QVERIFY(!place.memoryDirectory.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestControlGroupPlace)
#include "tst_controlgroupplace.moc"
