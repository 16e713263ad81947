#include "RunOutcome.h"

#include <QCoreApplication>

#include <algorithm>

namespace Duet
{

QList<double> LanguageOutcome::wallMilliseconds() const
{
    QList<double> samples;
    for (const RunResult &run : runs)
        samples.append(run.wallMilliseconds);
    return samples;
}

QList<double> LanguageOutcome::cpuMilliseconds() const
{
    QList<double> samples;
    for (const RunResult &run : runs)
        samples.append(run.cpuMilliseconds());
    return samples;
}

QList<double> LanguageOutcome::startupWallMilliseconds() const
{
    QList<double> samples;
    for (const RunResult &run : startupRuns)
        samples.append(run.wallMilliseconds);
    return samples;
}

QList<double> LanguageOutcome::startupCpuMilliseconds() const
{
    QList<double> samples;
    for (const RunResult &run : startupRuns)
        samples.append(run.cpuMilliseconds());
    return samples;
}

QString LanguageOutcome::output() const
{
    return runs.isEmpty() ? QString() : QString::fromUtf8(runs.constFirst().standardOutput);
}

const RunResult *LanguageOutcome::decisiveRun() const
{
    const auto failed = std::ranges::find_if(runs, [](const RunResult &run) { return !run.succeeded(); });
    if (failed != runs.cend())
        return &*failed;
    return runs.isEmpty() ? nullptr : &runs.constLast();
}

QString LanguageOutcome::problem() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Duet::LanguageOutcome", text); };
    switch (status) {
    case Status::NotRun:
    case Status::Succeeded:
        return {};
    case Status::CompileFailed:
        return tr("did not compile");
    case Status::Cancelled:
        return tr("was stopped");
    case Status::Failed:
        break;
    }
    const RunResult *run = decisiveRun();
    if (!run)
        return tr("did not run");
    if (run->ending == RunResult::Ending::FailedToStart)
        return tr("could not start: %1").arg(run->errorMessage);
    return tr("ended with %1").arg(run->describeEnding());
}

bool RunOutcome::passed() const
{
    if (cancelled)
        return false;
    for (const LanguageOutcome *language : {&python, &cpp}) {
        if (plan.includes(language->language) && !language->succeeded())
            return false;
    }
    return !plan.compares() || (diff && diff->agrees());
}

} // namespace Duet
