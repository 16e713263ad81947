#include "RunReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace Duet
{

namespace
{

// Shaped like QObject::tr(), so that lupdate reads a count as a plural (%n).
QString tr(const char *text, const char *disambiguation = nullptr, int count = -1)
{
    return QCoreApplication::translate("Duet::RunReport", text, disambiguation, count);
}

QString endingName(const LanguageOutcome &language)
{
    switch (language.status) {
    case LanguageOutcome::Status::NotRun:
        return QStringLiteral("not-run");
    case LanguageOutcome::Status::CompileFailed:
        return QStringLiteral("compile-failed");
    default:
        break;
    }
    const RunResult *run = language.decisiveRun();
    if (!run)
        return language.status == LanguageOutcome::Status::Cancelled ? QStringLiteral("stopped")
                                                                     : QStringLiteral("not-run");
    switch (run->ending) {
    case RunResult::Ending::Exited:
        return QStringLiteral("exited");
    case RunResult::Ending::Signalled:
        return QStringLiteral("signalled");
    case RunResult::Ending::TimedOut:
        return QStringLiteral("timed-out");
    case RunResult::Ending::OutputCapped:
        return QStringLiteral("output-capped");
    case RunResult::Ending::Stopped:
        return QStringLiteral("stopped");
    case RunResult::Ending::FailedToStart:
        return QStringLiteral("failed-to-start");
    }
    return {};
}

QJsonValue milliseconds(double value)
{
    // Microseconds are the clocks' real precision; more digits are noise.
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(qRound64(value * 1000) / 1000.0);
}

QJsonArray samples(const QList<double> &values)
{
    QJsonArray array;
    for (const double value : values)
        array.append(milliseconds(value));
    return array;
}

QString compileOutcomeName(CompileReport::Outcome outcome)
{
    switch (outcome) {
    case CompileReport::Outcome::Prebuilt:
        return QStringLiteral("prebuilt");
    case CompileReport::Outcome::Reused:
        return QStringLiteral("reused");
    case CompileReport::Outcome::Compiled:
        return QStringLiteral("compiled");
    case CompileReport::Outcome::Failed:
        return QStringLiteral("failed");
    case CompileReport::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject compileObject(const CompileReport &report)
{
    QJsonArray diagnostics;
    for (const Diagnostic &diagnostic : report.diagnostics) {
        diagnostics.append(QJsonObject {{QStringLiteral("file"), diagnostic.file},
                                        {QStringLiteral("line"), diagnostic.line},
                                        {QStringLiteral("displayedLine"), diagnostic.displayedLine},
                                        {QStringLiteral("column"), diagnostic.column},
                                        {QStringLiteral("message"), diagnostic.message}});
    }
    return {{QStringLiteral("outcome"), compileOutcomeName(report.outcome)},
            {QStringLiteral("milliseconds"), milliseconds(report.milliseconds)},
            {QStringLiteral("compiler"), report.compiler},
            {QStringLiteral("diagnostics"), diagnostics},
            {QStringLiteral("output"), report.output}};
}

QJsonObject runObject(const LanguageOutcome &language)
{
    QJsonObject run {{QStringLiteral("wallMs"), samples(language.wallMilliseconds())},
                     {QStringLiteral("cpuMs"), samples(language.cpuMilliseconds())},
                     {QStringLiteral("ending"), endingName(language)},
                     {QStringLiteral("output"), language.output()}};
    const RunResult *decisive = language.decisiveRun();
    run.insert(QStringLiteral("exitCode"), decisive ? QJsonValue(decisive->shellStatus()) : QJsonValue());
    const bool killed = decisive && decisive->ending != RunResult::Ending::Exited
        && decisive->ending != RunResult::Ending::FailedToStart && decisive->signal > 0;
    run.insert(QStringLiteral("signal"),
               killed ? QJsonValue(RunReport::signalName(decisive->signal)) : QJsonValue(QJsonValue::Null));
    if (decisive && decisive->ending == RunResult::Ending::FailedToStart)
        run.insert(QStringLiteral("error"), decisive->errorMessage);
    if (language.compile)
        run.insert(QStringLiteral("compile"), compileObject(*language.compile));
    return run;
}

QString quoted(const QString &line)
{
    return QLatin1Char('"') + line + QLatin1Char('"');
}

QString lastLine(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    return trimmed.isEmpty() ? QString() : QString::fromUtf8(trimmed.mid(trimmed.lastIndexOf('\n') + 1));
}

} // namespace

QString RunReport::signalName(int signal)
{
    const char *abbreviation = sigabbrev_np(signal);
    return abbreviation ? QStringLiteral("SIG") + QString::fromLatin1(abbreviation)
                        : QStringLiteral("signal %1").arg(signal);
}

QByteArray RunReport::json(const RunOutcome &outcome)
{
    QJsonObject runs;
    QJsonObject startup;
    for (const LanguageOutcome *language : {&outcome.python, &outcome.cpp}) {
        if (!outcome.plan.includes(language->language))
            continue;
        const QString key = languageKey(language->language);
        runs.insert(key, runObject(*language));
        startup.insert(key, QJsonObject {{QStringLiteral("wallMs"), samples(language->startupWallMilliseconds())}});
    }
    QJsonObject root {{QStringLiteral("section"), outcome.address},
                      {QStringLiteral("repeat"), outcome.plan.repeat},
                      {QStringLiteral("runs"), runs},
                      {QStringLiteral("startup"), startup}};
    root.insert(QStringLiteral("outputsMatch"), outcome.diff ? QJsonValue(outcome.diff->agrees()) : QJsonValue());
    if (outcome.verdict) {
        const Verdict &verdict = *outcome.verdict;
        root.insert(QStringLiteral("verdict"),
                    QJsonObject {{QStringLiteral("kind"), Verdict::kindName(verdict.kind)},
                                 {QStringLiteral("ratio"), verdict.ratio ? QJsonValue(*verdict.ratio) : QJsonValue()},
                                 {QStringLiteral("text"), verdict.text}});
    } else {
        root.insert(QStringLiteral("verdict"), QJsonValue());
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

QString RunReport::table(const RunOutcome &outcome)
{
    const QStringList header {QString(),        tr("runs"),       tr("wall median"),
                              tr("wall range"), tr("CPU median"), tr("start-up median")};
    QList<QStringList> rows {header};
    for (const LanguageOutcome *language : {&outcome.python, &outcome.cpp}) {
        if (!outcome.plan.includes(language->language))
            continue;
        const RunStatistics wall = language->wall();
        const RunStatistics cpu = language->cpu();
        const RunStatistics startup = language->startupWall();
        const auto time = [](const RunStatistics &statistics, double value) {
            return statistics.isEmpty() ? QStringLiteral("–") : RunResult::formatMilliseconds(value);
        };
        rows.append({languageName(language->language), QString::number(wall.count), time(wall, wall.median),
                     wall.isEmpty() ? QStringLiteral("–")
                                    : QStringLiteral("%1 – %2").arg(RunResult::formatMilliseconds(wall.minimum),
                                                                    RunResult::formatMilliseconds(wall.maximum)),
                     time(cpu, cpu.median), time(startup, startup.median)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths.at(column), row.at(column).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype column = 0; column < row.size(); ++column) {
            // Names to the left, figures to the right, as tables of numbers go.
            const int width = int(widths.at(column));
            cells.append(column == 0 ? row.at(column).leftJustified(width) : row.at(column).rightJustified(width));
        }
        QString line = cells.join(QLatin1String("   "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString RunReport::differences(const OutputDiff &diff)
{
    if (diff.agrees()) {
        const qsizetype varying = diff.varyingCount();
        return varying == 0
            ? tr("The outputs match.\n")
            : tr("The outputs match (%n measured line(s) differ, as the lesson allows).\n", nullptr, int(varying));
    }
    constexpr qsizetype shownRows = 40;
    QString text = tr("The outputs differ in %n line(s) (- Python, + C++):\n", nullptr, int(diff.differenceCount()));
    qsizetype shown = 0;
    for (const OutputDiff::Row &row : diff.rows) {
        if (row.agrees())
            continue;
        if (++shown > shownRows) {
            text += tr("  … and %n more\n", nullptr, int(diff.differenceCount() - shownRows));
            break;
        }
        if (row.pythonLine >= 0)
            text += QStringLiteral("- %1 │ %2\n").arg(row.pythonLine + 1, 4).arg(row.python);
        if (row.cppLine >= 0)
            text += QStringLiteral("+ %1 │ %2\n").arg(row.cppLine + 1, 4).arg(row.cpp);
    }
    if (!diff.isExact())
        text += tr("  (the outputs were too different, or the varying-output patterns too slow, to align exactly)\n");
    return text;
}

QString RunReport::problem(const RunOutcome &outcome)
{
    for (const LanguageOutcome *language : {&outcome.python, &outcome.cpp}) {
        if (!outcome.plan.includes(language->language) || language->succeeded())
            continue;
        const QString name = languageName(language->language);
        if (language->status == LanguageOutcome::Status::CompileFailed) {
            const CompileReport &report = *language->compile;
            const auto error
                = std::ranges::find(report.diagnostics, Diagnostic::Severity::Error, &Diagnostic::severity);
            const QString detail = error != report.diagnostics.cend()
                ? error->toCompilerString()
                : report.output.trimmed().section(QLatin1Char('\n'), 0, 0);
            return tr("the %1 does not compile: %2").arg(name, detail);
        }
        QString problem = tr("the %1 %2").arg(name, language->problem());
        if (const RunResult *run = language->decisiveRun(); run && !lastLine(run->standardError).isEmpty())
            problem += QStringLiteral(": ") + lastLine(run->standardError);
        return problem;
    }
    if (outcome.diff && !outcome.diff->agrees()) {
        const OutputDiff::Row &row = outcome.diff->rows.at(outcome.diff->firstDifference());
        switch (row.kind) {
        case OutputDiff::LineKind::OnlyPython:
            return tr("output line %1 of the Python is missing from the C++: %2")
                .arg(row.pythonLine + 1)
                .arg(quoted(row.python));
        case OutputDiff::LineKind::OnlyCpp:
            return tr("the C++ prints a line the Python does not, at its line %1: %2")
                .arg(row.cppLine + 1)
                .arg(quoted(row.cpp));
        default:
            return tr("output line %1 differs: Python %2, C++ %3")
                .arg(row.pythonLine + 1)
                .arg(quoted(row.python), quoted(row.cpp));
        }
    }
    return {};
}

} // namespace Duet
