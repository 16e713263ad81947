#include "PythonTracer.h"

#include "JsonLines.h"
#include "TraceFolder.h"
#include "TraceLogging.h"
#include "core/run/ProcessRunner.h"
#include "core/run/SectionRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

namespace Duet
{

namespace
{

const QString tracerName = QStringLiteral("duet_tracer.py");
const QString stepsName = QStringLiteral("steps.jsonl");

/// A file name for the program that tracebacks can show: the request's
/// name when it is a plain one, else "program.py".
QString programFileName(const QString &sourceName)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,100}$"));
    QString name = sourceName.section(QLatin1Char('/'), -1);
    if (!name.endsWith(QLatin1String(".py")))
        name += QLatin1String(".py");
    if (!plain.match(name).hasMatch() || name == tracerName)
        return QStringLiteral("program.py");
    return name;
}

} // namespace

PythonTracer::PythonTracer(QObject *parent)
    : QObject(parent)
    , m_runner(new ProcessRunner(this))
{
    connect(m_runner, &ProcessRunner::started, this, &PythonTracer::started);
    connect(m_runner, &ProcessRunner::finished, this, &PythonTracer::runFinished);
}

PythonTracer::~PythonTracer() = default;

bool PythonTracer::isRunning() const
{
    return m_runner->isRunning();
}

void PythonTracer::fail(const QString &reason)
{
    m_folder.reset();
    QTimer::singleShot(0, this, [this, reason] { Q_EMIT failed(reason); });
}

void PythonTracer::start(const TraceRequest &request)
{
    Q_ASSERT(!isRunning());
    const QString python = SectionRunner::findPython();
    if (python.isEmpty())
        return fail(QStringLiteral("no python3 found on PATH"));
    m_folder = std::make_unique<TraceFolder>();
    if (!m_folder->isValid())
        return fail(QStringLiteral("cannot make a folder for the trace: %1").arg(m_folder->errorString()));
    const QString program = programFileName(request.sourceName);
    QString problem = m_folder->copyResource(QStringLiteral(":/trace/duet_tracer.py"), tracerName);
    if (problem.isEmpty())
        problem = m_folder->write(program, request.program.toUtf8());
    if (!problem.isEmpty())
        return fail(problem);

    ProcessRunner::Request run;
    run.program = python;
    run.arguments = {tracerName, QStringLiteral("--steps"), stepsName, QStringLiteral("--max-steps"),
                     QString::number(qMax(1, request.maxSteps))};
    if (m_useSettrace)
        run.arguments.append(QStringLiteral("--settrace"));
    run.arguments.append(program);
    run.standardInput = request.standardInput;
    // The tracer leaves its steps in the folder, which outlives the run.
    run.sharedFolder = m_folder->path();
    run.readOnlyPaths = SectionRunner::interpreterPaths(python);
    run.trusted = request.trusted;
    run.limits = request.limits;
    qCDebug(lcTrace) << "tracing Python in" << m_folder->path();
    m_runner->start(run);
}

void PythonTracer::stop()
{
    m_runner->stop();
}

void PythonTracer::runFinished(const RunResult &result)
{
    if (result.ending == RunResult::Ending::FailedToStart)
        return fail(result.errorMessage);
    Trace trace;
    trace.language = Language::Python;
    trace.run = result;
    // Each step is flushed as it is recorded, so whatever ended the run, the
    // file holds every step up to then.
    trace.steps = parseSteps(m_folder->read(stepsName, std::numeric_limits<qint64>::max()), &trace.truncated);
    if (trace.truncated)
        trace.run.ending = RunResult::Ending::Stopped;
    m_folder.reset();
    qCDebug(lcTrace) << "Python trace:" << trace.steps.size() << "steps," << trace.describeEnding();
    Q_EMIT finished(trace);
}

QList<TraceStep> PythonTracer::parseSteps(QByteArrayView data, bool *truncated)
{
    QList<TraceStep> steps;
    *truncated = false;
    for (const QJsonObject &object : readJsonLines(data)) {
        if (object.value(QLatin1String("truncated")).toBool()) {
            *truncated = true;
            break;
        }
        TraceStep step;
        step.line = object.value(QLatin1String("line")).toInt();
        step.function = object.value(QLatin1String("function")).toString();
        step.standardOutputLength = object.value(QLatin1String("stdout")).toInteger();
        step.definition = object.value(QLatin1String("definition")).toBool();
        for (const auto &pair : object.value(QLatin1String("locals")).toArray()) {
            const QJsonArray nameAndValue = pair.toArray();
            step.locals.append({nameAndValue.at(0).toString(), nameAndValue.at(1).toString()});
        }
        steps.append(std::move(step));
    }
    return steps;
}

} // namespace Duet
