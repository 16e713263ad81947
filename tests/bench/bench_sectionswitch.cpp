// How long showing another section takes: prose rendered, both panes filled
// and highlighted to the end. Prints QBENCHMARK figures; not part of the
// test run (configure with -DDUET_BUILD_BENCHMARKS=ON, or `tools/dev bench`).

#include "core/lesson/LessonLoader.h"
#include "ui/CodePane.h"
#include "ui/MainWindow.h"

#include <Qsci/qsciscintilla.h>

#include <QStandardPaths>
#include <QTest>

using namespace Duet;

class BenchSectionSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void switchSection()
    {
        LessonSources sources;
        sources.userFolder = false;
        const LessonCollection lessons = loadLessons(sources);
        QVERIFY(!lessons.lessons.isEmpty());
        QStringList addresses;
        for (const Section &section : lessons.lessons.constFirst().sections) {
            if (section.hasCpp())
                addresses.append(lessons.lessons.constFirst().id + QLatin1Char('/') + section.id);
        }
        MainWindow window(lessons);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qsizetype next = 0;
        QBENCHMARK
        {
            window.showAddress(addresses.at(next++ % addresses.size()));
            // Highlighting is part of a switch: style both panes to the end.
            for (const Language language : {Language::Python, Language::Cpp})
                window.codePane(language)->editor()->SendScintilla(QsciScintilla::SCI_COLOURISE, 0UL, -1L);
            window.repaint();
        }
    }
};

QTEST_MAIN(BenchSectionSwitch)
#include "bench_sectionswitch.moc"
