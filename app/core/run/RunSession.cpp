#include "RunSession.h"

#include "RunLogging.h"
#include "SectionRunner.h"
#include "StartupBaseline.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

namespace Duet
{

RunSession::RunSession(QObject *parent)
    : QObject(parent)
    , m_runner(new SectionRunner(this))
    , m_diffWatcher(new QFutureWatcher<OutputDiff>(this))
{
    connect(m_runner, &SectionRunner::compileStarted, this, &RunSession::compileStarted);
    connect(m_runner, &SectionRunner::compileStageStarted, this, &RunSession::compileStageStarted);
    connect(m_runner, &SectionRunner::compiled, this, [this](const CompileReport &report) {
        if (!m_running)
            return;
        if (m_preparing) {
            prepared(report);
            return;
        }
        // A compile inside a run happens only when the cached build vanished
        // between preparing and running; a failure then ends the step.
        Q_EMIT compiled(report);
        if (!report.succeeded()) {
            m_outcome.cpp.compile = report;
            m_stepRunning = false;
            m_steps.removeIf([](const Step &step) { return step.language == Language::Cpp; });
            runNext();
        }
    });
    connect(m_runner, &SectionRunner::started, this,
            [this] { Q_EMIT runStarted(m_current.language, m_current.kind, m_current.round); });
    connect(m_runner, &SectionRunner::standardOutputReceived, this,
            [this](const QByteArray &data) { receive(data, false); });
    connect(m_runner, &SectionRunner::standardErrorReceived, this,
            [this](const QByteArray &data) { receive(data, true); });
    connect(m_runner, &SectionRunner::finished, this, &RunSession::stepFinished);
    connect(m_diffWatcher, &QFutureWatcher<OutputDiff>::finished, this, [this] {
        m_outcome.diff = m_diffWatcher->result();
        judge();
    });
}

RunSession::~RunSession() = default;

void RunSession::start(const RunRequest &request)
{
    Q_ASSERT(!m_running);
    m_request = request;
    m_request.plan.repeat = qBound(1, m_request.plan.repeat, RunPlan::maximumRounds);
    m_outcome = RunOutcome {};
    m_outcome.address = request.address;
    m_outcome.plan = m_request.plan;
    m_baseline = StartupBaseline::section();
    m_running = true;
    m_cancelled = false;
    m_done = 0;
    planSteps();
    reportProgress();
    if (m_request.plan.cpp) {
        m_preparing = true;
        m_runner->prepare(m_request.section, {Language::Cpp, m_request.cpp.text, m_request.cpp.edited});
        return;
    }
    runNext();
}

void RunSession::planSteps()
{
    m_steps.clear();
    const RunPlan &plan = m_request.plan;
    for (int round = 0; round < plan.repeat; ++round) {
        for (const Language language : {Language::Python, Language::Cpp}) {
            if (!plan.includes(language))
                continue;
            if (plan.measureStartup && StartupBaseline::isAvailable(language))
                m_steps.append({language, RunKind::Startup, round});
            m_steps.append({language, RunKind::Program, round});
        }
    }
}

void RunSession::stop()
{
    // Once the outputs are being aligned every run is over: nothing to stop.
    if (!m_running || m_cancelled || m_diffWatcher->isRunning())
        return;
    m_cancelled = true;
    m_steps.clear();
    if (m_runner->isBusy())
        m_runner->stop(); // its end arrives and finishes the session
    else
        finish();
}

void RunSession::prepared(const CompileReport &report)
{
    m_preparing = false;
    m_outcome.cpp.compile = report;
    if (report.outcome != CompileReport::Outcome::Prebuilt)
        Q_EMIT compiled(report);
    if (!report.succeeded()) {
        m_steps.removeIf([](const Step &step) { return step.language == Language::Cpp; });
        // No comparison can follow, so the Python runs once, to be seen.
        dropRepeats();
    }
    runNext();
}

void RunSession::runNext()
{
    reportProgress();
    if (m_cancelled || m_steps.isEmpty()) {
        finish();
        return;
    }
    m_current = m_steps.takeFirst();
    m_stepRunning = true;
    m_outputDecoder = QStringDecoder(QStringDecoder::Utf8);
    m_errorDecoder = QStringDecoder(QStringDecoder::Utf8);
    const bool program = m_current.kind == RunKind::Program;
    const Section &section = program ? m_request.section : m_baseline;
    const ProgramText text = program ? m_request.program(m_current.language) : ProgramText {section.cpp.text, false};
    // The empty Python is "edited" text; the empty C++ is the prebuilt baseline.
    const SectionRunner::Program toRun {m_current.language,
                                        program || m_current.language == Language::Cpp ? text.text : QString(),
                                        program ? text.edited : m_current.language == Language::Python};
    m_runner->run(section, toRun, program ? m_request.standardInput : QByteArray(), m_request.limits);
}

void RunSession::receive(const QByteArray &data, bool standardError)
{
    if (m_current.kind != RunKind::Program || !m_outcome.of(m_current.language).runs.isEmpty())
        return;
    const QString text = (standardError ? m_errorDecoder : m_outputDecoder)(data);
    if (!text.isEmpty())
        Q_EMIT outputReceived(m_current.language, text, standardError);
}

void RunSession::stepFinished(const RunResult &result)
{
    if (!m_running || !m_stepRunning)
        return;
    m_stepRunning = false;
    ++m_done;
    LanguageOutcome &language = m_outcome.of(m_current.language);
    RunResult kept = result;
    if (m_current.kind == RunKind::Startup) {
        kept.standardOutput.clear();
        kept.standardError.clear();
        // A start-up run that fails measures nothing; the program's own runs still count.
        if (result.succeeded())
            language.startupRuns.append(kept);
        else if (!m_cancelled)
            qCWarning(lcRun) << "the empty" << languageName(m_current.language)
                             << "program failed:" << result.describeEnding();
    } else {
        if (!language.runs.isEmpty()) {
            kept.standardOutput.clear();
            kept.standardError.clear();
        }
        language.runs.append(kept);
        if (!result.succeeded())
            dropRepeats();
    }
    Q_EMIT runFinished(m_current.language, m_current.kind, m_current.round, result);
    runNext();
}

void RunSession::dropRepeats()
{
    m_steps.removeIf([this](const Step &step) {
        return step.kind == RunKind::Startup || step.round > 0 || !m_outcome.of(step.language).runs.isEmpty();
    });
}

void RunSession::finish()
{
    m_preparing = false;
    for (LanguageOutcome *language : {&m_outcome.python, &m_outcome.cpp}) {
        if (!m_request.plan.includes(language->language)) {
            language->status = LanguageOutcome::Status::NotRun;
        } else if (language->compile && !language->compile->succeeded()) {
            language->status = language->compile->outcome == CompileReport::Outcome::Cancelled
                ? LanguageOutcome::Status::Cancelled
                : LanguageOutcome::Status::CompileFailed;
        } else if (language->decisiveRun() && !language->decisiveRun()->succeeded()) {
            language->status = language->decisiveRun()->ending == RunResult::Ending::Stopped
                ? LanguageOutcome::Status::Cancelled
                : LanguageOutcome::Status::Failed;
        } else if (m_cancelled && language->runs.size() < m_request.plan.repeat) {
            language->status = LanguageOutcome::Status::Cancelled;
        } else if (language->runs.isEmpty()) {
            language->status = LanguageOutcome::Status::Failed;
        } else {
            language->status = LanguageOutcome::Status::Succeeded;
        }
    }
    m_outcome.cancelled = m_cancelled;
    const bool bothRan = m_request.plan.compares() && !m_outcome.python.runs.isEmpty() && !m_outcome.cpp.runs.isEmpty();
    if (bothRan && !m_cancelled) {
        // Patterns and outputs come from lesson packs: align them off this thread.
        m_diffWatcher->setFuture(QtConcurrent::run(&OutputDiff::compare, m_outcome.python.output(),
                                                   m_outcome.cpp.output(), m_request.section.varyingOutput));
        return;
    }
    judge();
}

void RunSession::judge()
{
    if (m_request.plan.compares() && !m_cancelled) {
        const auto samples = [](const LanguageOutcome &language) {
            return Verdict::Samples {language.problem(), language.wallMilliseconds(), language.cpuMilliseconds(),
                                     language.startupWallMilliseconds(), language.startupCpuMilliseconds()};
        };
        m_outcome.verdict = Verdict::judge(
            {samples(m_outcome.python), samples(m_outcome.cpp), m_outcome.diff && m_outcome.diff->agrees()});
    }
    m_running = false;
    Q_EMIT finished(m_outcome);
}

void RunSession::reportProgress()
{
    Q_EMIT progressChanged(int(m_done), int(m_done + m_steps.size() + (m_stepRunning ? 1 : 0)));
}

} // namespace Duet
