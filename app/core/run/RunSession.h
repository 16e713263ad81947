#pragma once

#include "ProgramCompiler.h"
#include "RunOutcome.h"
#include "RunPlan.h"

#include <QObject>
#include <QStringDecoder>

template<typename T> class QFutureWatcher;

namespace Duet
{

class SectionRunner;

/// One press of a Run button, from start to verdict: the one path by which
/// the window, `duet --run` and `duet --check` run a section's programs.
///
/// It compiles the C++ first where needed (so a compile never lands inside a
/// timing), then runs the plan's rounds, interleaving the languages and, when
/// asked, each language's empty start-up program; it keeps every sample,
/// streams the first run of each program as it prints (UTF-8 decoded across
/// read boundaries), aligns the two outputs off the GUI thread, and judges.
/// A failing program stops further rounds, but every planned language runs
/// at least once, so Run both always shows both. `finished` comes exactly
/// once per start, also after stop(). A session runs one plan; make a new one
/// for the next, so nothing of an old run can reach a new one.
class RunSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunSession)

public:
    enum class RunKind { Startup, Program };
    Q_ENUM(RunKind)

    explicit RunSession(QObject *parent = nullptr);
    /// Kills what is still running, without waiting and without `finished`.
    ~RunSession() override;

    void start(const RunRequest &request);
    /// Cancels a compile or kills the running program; `finished` follows
    /// with the outcome marked cancelled.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// What is known so far; complete once `finished` has come.
    [[nodiscard]] const RunOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void compileStarted();
    void compileStageStarted(Duet::ProgramCompiler::Stage stage, int step, int steps);
    void compiled(const Duet::CompileReport &report);
    void runStarted(Duet::Language language, Duet::RunSession::RunKind kind, int round);
    /// Output of each language's first program run, as it is printed.
    void outputReceived(Duet::Language language, const QString &text, bool standardError);
    void runFinished(Duet::Language language, Duet::RunSession::RunKind kind, int round, const Duet::RunResult &result);
    /// `done` of `total` runs are over (the total shrinks when a failure ends the rounds).
    void progressChanged(int done, int total);
    void finished(const Duet::RunOutcome &outcome);

private:
    struct Step {
        Language language = Language::Cpp;
        RunKind kind = RunKind::Program;
        int round = 0;
    };

    void planSteps();
    void prepared(const CompileReport &report);
    void runNext();
    void stepFinished(const RunResult &result);
    void receive(const QByteArray &data, bool standardError);
    /// After a failure, rounds stop: what remains is each planned language's
    /// first program run, if it has not had one.
    void dropRepeats();
    void finish();
    void judge();
    void reportProgress();

    SectionRunner *m_runner = nullptr;
    QFutureWatcher<OutputDiff> *m_diffWatcher = nullptr;
    RunRequest m_request;
    RunOutcome m_outcome;
    Section m_baseline;
    QList<Step> m_steps;
    qsizetype m_done = 0;
    Step m_current;
    bool m_stepRunning = false;
    bool m_preparing = false;
    bool m_running = false;
    bool m_cancelled = false;
    QStringDecoder m_outputDecoder {QStringDecoder::Utf8};
    QStringDecoder m_errorDecoder {QStringDecoder::Utf8};
};

} // namespace Duet
