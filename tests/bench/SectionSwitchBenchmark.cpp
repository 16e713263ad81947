// Showing another section in a real window: prose rendered, both panes
// filled and styled to their last line, and the window repainted.

#include "Benchmarks.h"
#include "core/run/RunStatistics.h"
#include "ui/CodePane.h"
#include "ui/MainWindow.h"

#include <Qsci/qsciscintilla.h>

#include <QElapsedTimer>
#include <QTest>

namespace Duet::Bench
{

namespace
{

constexpr int rounds = 30;

} // namespace

void measureSectionSwitch(const Context &context)
{
    QStringList addresses;
    for (const Lesson &lesson : context.lessons.lessons) {
        for (const Section &section : lesson.sections)
            addresses.append(lesson.id + QLatin1Char('/') + section.id);
    }
    MainWindow window(context.lessons);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("bench: the window was never exposed");

    const auto showSection = [&window](const QString &address) {
        window.showAddress(address);
        for (const Language language : {Language::Python, Language::Cpp})
            window.codePane(language)->editor()->SendScintilla(QsciScintilla::SCI_COLOURISE, 0UL, -1L);
        window.repaint();
    };
    for (const QString &address : std::as_const(addresses)) // once round, unmeasured
        showSection(address);

    QList<double> milliseconds;
    QElapsedTimer clock;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &address : std::as_const(addresses)) {
            clock.start();
            showSection(address);
            milliseconds.append(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    context.report->add(
        Figure::absolute(QStringLiteral("switching to another section (prose, both panes, highlighting)"),
                         QStringLiteral("ms"), RunStatistics::of(milliseconds).median, 5.0, int(milliseconds.size())));
}

} // namespace Duet::Bench
