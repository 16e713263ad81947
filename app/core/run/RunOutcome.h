#pragma once

#include "CompileReport.h"
#include "OutputDiff.h"
#include "RunPlan.h"
#include "RunResult.h"
#include "RunStatistics.h"
#include "Verdict.h"

#include <optional>

namespace Duet
{

/// What became of one language in a run session: every timed run of its
/// program and of its empty start-up program, and for C++ how it was built.
/// Only the first program run keeps its output; the rest are for timing.
struct LanguageOutcome {
    enum class Status {
        NotRun, ///< not in the plan
        Succeeded, ///< every run exited with status 0
        Failed, ///< a run ended otherwise (see the last run), or never started
        CompileFailed, ///< the C++ did not compile (see `compile`)
        Cancelled, ///< stopped by the learner before it ended
    };

    Language language = Language::Cpp;
    Status status = Status::NotRun;
    QList<RunResult> runs {};
    QList<RunResult> startupRuns {};
    std::optional<CompileReport> compile {};

    [[nodiscard]] bool succeeded() const { return status == Status::Succeeded; }
    /// Wall time from launch to exit of each program run, start-up included.
    [[nodiscard]] QList<double> wallMilliseconds() const;
    /// User + system CPU time of each run; -1 where it could not be measured.
    [[nodiscard]] QList<double> cpuMilliseconds() const;
    [[nodiscard]] QList<double> startupWallMilliseconds() const;
    [[nodiscard]] QList<double> startupCpuMilliseconds() const;
    [[nodiscard]] RunStatistics wall() const { return RunStatistics::of(wallMilliseconds()); }
    [[nodiscard]] RunStatistics cpu() const { return RunStatistics::of(cpuMilliseconds()); }
    [[nodiscard]] RunStatistics startupWall() const { return RunStatistics::of(startupWallMilliseconds()); }
    /// The first run's standard output.
    [[nodiscard]] QString output() const;
    /// The run that decided the status: the first that failed, else the last.
    [[nodiscard]] const RunResult *decisiveRun() const;
    /// Why it did not succeed, as a learner reads it: "did not compile",
    /// "ended with Segmentation fault (SIGSEGV)"; empty when it succeeded.
    [[nodiscard]] QString problem() const;
};

/// Everything a run session found: both languages' outcomes, the aligned
/// outputs when both ran, and the verdict. The window draws it, `--run`
/// prints it as a table or JSON, and `--check` reduces it to PASS or FAIL.
struct RunOutcome {
    QString address;
    RunPlan plan;
    LanguageOutcome python {.language = Language::Python};
    LanguageOutcome cpp {.language = Language::Cpp};
    bool cancelled = false;
    /// When both programs ran to the end.
    std::optional<OutputDiff> diff;
    /// When the plan compared the languages and nothing was cancelled.
    std::optional<Verdict> verdict;

    [[nodiscard]] const LanguageOutcome &of(Language language) const
    {
        return language == Language::Python ? python : cpp;
    }
    [[nodiscard]] LanguageOutcome &of(Language language) { return language == Language::Python ? python : cpp; }
    /// Both planned languages succeeded and, when compared, their outputs agree.
    [[nodiscard]] bool passed() const;
};

} // namespace Duet
