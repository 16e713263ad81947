#include "TraceCommand.h"

#include "Terminal.h"
#include "core/trace/TraceSession.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>

namespace Duet
{

namespace
{

int fail(int status, const QString &message)
{
    Terminal::error((QStringLiteral("duet: ") + message + QLatin1Char('\n')).toUtf8());
    return status;
}

QString listing(const Trace &trace)
{
    QString text;
    const int width = int(QString::number(trace.steps.size()).size());
    for (qsizetype index = 0; index < trace.steps.size(); ++index) {
        const TraceStep &step = trace.steps.at(index);
        text += QStringLiteral("#%1  line %2  %3").arg(index + 1, width).arg(step.line, 3).arg(step.function);
        if (!step.region.isEmpty())
            text += QStringLiteral("  [%1]").arg(step.region);
        text += QStringLiteral("  stdout %1\n").arg(step.standardOutputLength);
        for (const TraceVariable &variable : step.locals)
            text += QStringLiteral("    %1 = %2\n").arg(variable.name, variable.value);
    }
    if (trace.truncated)
        text += QStringLiteral("(stopped at the step bound, %1 steps)\n").arg(trace.steps.size());
    return text;
}

} // namespace

int traceSectionFromCommandLine(const LessonCollection &lessons, const CommandLine &commandLine)
{
    const Lesson *lesson = nullptr;
    const Section *section = lessons.section(commandLine.section, &lesson);
    if (!section) {
        for (const Diagnostic &error : lessons.errors)
            Terminal::error((error.toString() + QLatin1Char('\n')).toUtf8());
        return fail(
            2, QStringLiteral("there is no section '%1'; `duet --list` shows the sections").arg(commandLine.section));
    }
    const bool python = commandLine.language == Language::Python;
    const QString languageName = python ? QStringLiteral("Python") : QStringLiteral("C++");
    if (python ? !section->hasPython() : !section->hasCpp())
        return fail(2, QStringLiteral("section '%1' has no %2 program").arg(commandLine.section, languageName));

    TraceSession::Request request;
    request.python = python;
    request.cpp = !python;
    request.limits = RunLimits::fromSettings(commandLine.timeoutSeconds);
    request.maxSteps = TraceRequest::maxStepsFromSettings();
    if (!commandLine.stdinFile.isEmpty()) {
        QFile file(commandLine.stdinFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(2, QStringLiteral("cannot read %1: %2").arg(commandLine.stdinFile, file.errorString()));
        request.standardInput = file.readAll();
    }

    TraceSession session;
    QEventLoop loop;
    std::optional<TraceSet> traces;
    QString problem;
    Diagnostics diagnostics;
    QObject::connect(&session, &TraceSession::compileFailed, &loop,
                     [&diagnostics](const Diagnostics &found, const QString &) { diagnostics = found; });
    QObject::connect(&session, &TraceSession::finished, &loop, [&](const TraceSet &set) {
        traces = set;
        loop.quit();
    });
    QObject::connect(&session, &TraceSession::failed, &loop, [&](const QString &reason) {
        problem = reason;
        loop.quit();
    });
    session.start(*section, request);
    loop.exec();

    const QString label = QStringLiteral("%1 (%2)").arg(lesson->address(*section), languageName);
    std::optional<Trace> recorded;
    if (traces) {
        recorded = python ? traces->python : traces->cpp;
        problem = traces->problems.join(QLatin1Char('\n'));
    }
    if (!recorded) {
        for (const Diagnostic &diagnostic : std::as_const(diagnostics))
            Terminal::error((diagnostic.toCompilerString() + QLatin1Char('\n')).toUtf8());
        return fail(1, QStringLiteral("%1 could not be traced: %2").arg(label, problem));
    }
    const Trace &trace = *recorded;
    if (commandLine.json) {
        QJsonObject object = trace.toJson();
        object.insert(QStringLiteral("section"), lesson->address(*section));
        Terminal::out(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    } else {
        Terminal::out(listing(trace).toUtf8());
    }
    Terminal::error(QStringLiteral("duet: %1: %2 steps \u00b7 %3 \u00b7 traced in %4\n")
                        .arg(label)
                        .arg(trace.steps.size())
                        .arg(trace.describeEnding(), RunResult::formatMilliseconds(trace.run.wallMilliseconds))
                        .toUtf8());
    return 0;
}

} // namespace Duet
