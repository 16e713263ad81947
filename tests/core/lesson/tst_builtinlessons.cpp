// The lessons that ship inside Duet load cleanly, and every C++ program in
// them has its prebuilt demo.

#include "core/lesson/LessonLoader.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace Duet;

class TestBuiltinLessons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Q_INIT_RESOURCE(lesson_advanced_python);
    }

    void loadWithoutErrors()
    {
        LessonSources sources;
        sources.userFolder = false;
        const LessonCollection collection = loadLessons(sources);
        QStringList problems;
        for (const Diagnostic &error : collection.errors)
            problems.append(error.toString());
        QVERIFY2(collection.errors.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(!collection.lessons.isEmpty());
        for (const Lesson &lesson : collection.lessons) {
            QCOMPARE(lesson.origin, Lesson::Origin::BuiltIn);
            QVERIFY(!lesson.title.isEmpty());
            QVERIFY(!lesson.sections.isEmpty());
            for (const Section &section : lesson.sections) {
                if (!section.hasCpp())
                    continue;
                QVERIFY2(QFileInfo(section.demoExecutable).isExecutable(),
                         qPrintable(QStringLiteral("%1/%2 has no prebuilt demo").arg(lesson.id, section.id)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestBuiltinLessons)
#include "tst_builtinlessons.moc"
