// Recording both programs of a section: every built-in section with both
// languages can be stepped, its steps are the lines its panes show, and its
// two traces pass through their shared linked regions in the same order.

#include "core/lesson/LessonLoader.h"
#include "core/trace/TraceSession.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Duet;

namespace
{

/// The linked regions a trace enters, in the order it first enters each,
/// leaving out Python's definition steps (defining a class is not running
/// it) and regions the other trace never enters.
QStringList firstEntries(const Trace &trace, const QSet<QString> &shared)
{
    QStringList order;
    for (const TraceStep &step : trace.steps) {
        if (!step.definition && shared.contains(step.region) && !order.contains(step.region))
            order.append(step.region);
    }
    return order;
}

QSet<QString> regionsEntered(const Trace &trace)
{
    QSet<QString> regions;
    for (const TraceStep &step : trace.steps) {
        if (!step.definition && !step.region.isEmpty())
            regions.insert(step.region);
    }
    return regions;
}

/// "usage metaclass usage …": the visits, for messages.
QString visits(const Trace &trace)
{
    QStringList words;
    for (const TraceStep &step : trace.steps) {
        const QString word = step.definition ? QString() : step.region;
        if (words.isEmpty() || words.constLast() != word)
            words.append(word);
    }
    words.removeAll(QString());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words.join(QLatin1Char(' '));
}

void checkStepsAreShownLines(const Trace &trace, const CodeListing &listing)
{
    const QStringList lines = listing.text.split(QLatin1Char('\n'));
    for (const TraceStep &step : trace.steps) {
        QVERIFY2(step.line >= 1 && step.line <= lines.size(),
                 qPrintable(QStringLiteral("line %1 of %2").arg(step.line).arg(lines.size())));
        const QString text = lines.at(step.line - 1).trimmed();
        QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("step on blank line %1").arg(step.line)));
        static const QRegularExpression marker(QStringLiteral(R"(^(#|//)\s*\[\[/?[^\]]+\]\]$)"));
        QVERIFY2(!marker.match(text).hasMatch(), qPrintable(text));
    }
}

} // namespace

class TestTraceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LessonSources sources;
        sources.userFolder = false;
        m_lessons = loadLessons(sources);
        QVERIFY(!m_lessons.lessons.isEmpty());
    }

    void builtInSectionsStepInStep_data()
    {
        QTest::addColumn<QString>("address");
        for (const Lesson &lesson : std::as_const(m_lessons.lessons)) {
            for (const Section &section : lesson.sections) {
                if (section.hasPython() && section.hasCpp())
                    QTest::newRow(qPrintable(lesson.address(section))) << lesson.address(section);
            }
        }
    }

    void builtInSectionsStepInStep()
    {
        QFETCH(QString, address);
        const Section *section = m_lessons.section(address);
        QVERIFY(section);
        TraceSession session;
        QSignalSpy finished(&session, &TraceSession::finished);
        QSignalSpy failed(&session, &TraceSession::failed);
        TraceSession::Request request;
        // Generous: a loaded test machine must not turn a slow step into a
        // different trace.
        request.limits.wallMilliseconds = 60'000;
        session.start(*section, request);
        QVERIFY(finished.wait(300'000));
        QVERIFY(failed.isEmpty());
        const auto traces = finished.constFirst().constFirst().value<TraceSet>();
        QVERIFY2(traces.problems.isEmpty(), qPrintable(traces.problems.join(QLatin1Char('\n'))));
        QVERIFY(traces.python && traces.cpp);
        const Trace &python = *traces.python;
        const Trace &cpp = *traces.cpp;
        QVERIFY(!python.steps.isEmpty() && !cpp.steps.isEmpty());
        checkStepsAreShownLines(python, section->python);
        checkStepsAreShownLines(cpp, section->cpp);
        QCOMPARE(traces.alignment.positionOfFirst(int(python.steps.size()) - 1) >= 0, true);
        QCOMPARE(traces.alignment.positionOfSecond(int(cpp.steps.size()) - 1) >= 0, true);

        const QSet<QString> shared = regionsEntered(python) & regionsEntered(cpp);
        QVERIFY2(!shared.isEmpty(), "the two traces share no linked region");
        const QStringList pythonOrder = firstEntries(python, shared);
        const QStringList cppOrder = firstEntries(cpp, shared);
        if (pythonOrder != cppOrder) {
            qInfo().noquote() << "Python visits:" << visits(python);
            qInfo().noquote() << "C++ visits:   " << visits(cpp);
        }
        QCOMPARE(pythonOrder, cppOrder);
        for (const Trace *trace : {&python, &cpp}) {
            if (trace->truncated) {
                qInfo().noquote() << languageKey(trace->language) << "stopped at the step bound after"
                                  << trace->steps.size() << "steps, having entered only:" << visits(*trace);
            }
        }
    }

private:
    LessonCollection m_lessons;
};

QTEST_GUILESS_MAIN(TestTraceSession)
#include "tst_tracesession.moc"
