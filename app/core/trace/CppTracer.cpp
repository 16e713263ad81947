#include "CppTracer.h"

#include "GdbDriver.h"
#include "GdbStepFile.h"
#include "TraceFolder.h"
#include "TraceLogging.h"
#include "core/run/ProgramCompiler.h"

#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstring>

namespace Duet
{

namespace
{

const QString inputName = QStringLiteral("input");
const QString outputName = QStringLiteral("output");
const QString errorsName = QStringLiteral("errors");
const QString helperName = QStringLiteral("duet_gdb.py");
const QString stepsName = QStringLiteral("steps.jsonl");

/// How gdb prints values for the locals table: on one line, bounded in
/// elements, characters and depth, so a large or uninitialised container
/// costs no more than a glance. Each is a setting of `print`; a gdb that
/// lacks one (print characters came with gdb 14) ignores it.
const QStringList printSettings {
    QStringLiteral("pretty off"),
    QStringLiteral("elements 12"),
    QStringLiteral("characters 120"),
    QStringLiteral("repeats 10"),
    QStringLiteral("max-depth 3"),
    QStringLiteral("static-members off"),
    QStringLiteral("frame-info short-location"),
};

int signalNumber(const QString &name)
{
    for (int number = 1; number < NSIG; ++number) {
        const char *abbreviation = sigabbrev_np(number);
        if (abbreviation && name == QLatin1String("SIG") + QLatin1String(abbreviation))
            return number;
    }
    return 0;
}

quint64 address(const QString &text)
{
    bool ok = false;
    const quint64 value = text.toULongLong(&ok, 0);
    return ok ? value : 0;
}

} // namespace

CppTracer::CppTracer(QObject *parent)
    : QObject(parent)
    , m_compiler(new ProgramCompiler(this))
    , m_gdb(new GdbDriver(this))
{
    connect(m_compiler, &ProgramCompiler::finished, this, [this](const QString &executable, bool reused) {
        Q_EMIT compileFinished(reused);
        compiled(executable);
    });
    connect(m_compiler, &ProgramCompiler::failed, this, [this](const CompileFailure &failure) {
        m_phase = Phase::Idle;
        if (m_stoppedByLearner || failure.reason == CompileFailure::Reason::Cancelled) {
            Q_EMIT failed(QStringLiteral("stopped before the program was built"));
            return;
        }
        const Diagnostics diagnostics = failure.diagnosticsWithOutput();
        Q_EMIT compileFailed(diagnostics, failure.output);
        Q_EMIT failed(QStringLiteral("the program does not compile: %1")
                          .arg(failure.marksErrors() ? diagnostics.constFirst().toCompilerString()
                                                     : failure.message + QLatin1Char(' ') + failure.output.left(500)));
    });
    connect(m_gdb, &GdbDriver::asyncRecord, this, &CppTracer::asyncRecord);
    connect(m_gdb, &GdbDriver::finished, this, &CppTracer::gdbFinished);
}

CppTracer::~CppTracer() = default;

bool CppTracer::isRunning() const
{
    return m_phase != Phase::Idle;
}

void CppTracer::fail(const QString &reason)
{
    m_phase = Phase::Idle;
    m_folder.reset();
    QTimer::singleShot(0, this, [this, reason] { Q_EMIT failed(reason); });
}

void CppTracer::start(const TraceRequest &request)
{
    Q_ASSERT(!isRunning());
    m_request = request;
    m_request.maxSteps = qMax(1, request.maxSteps);
    m_trace = Trace {};
    m_trace.language = Language::Cpp;
    m_locals = GdbLocals {};
    m_sourceFile.clear();
    m_startProblem.clear();
    m_programEnding.reset();
    m_declarationsAvailable = false;
    m_declarationsLoaded = false;
    m_stepsInGdb = false;
    m_breakpoints.clear();
    m_outputCapped = false;
    m_programStarted = false;
    m_stoppedByLearner = false;
    m_otherStops = 0;
    m_stepsAsked = 0;
    if (GdbDriver::findGdb().isEmpty())
        return fail(QStringLiteral("tracing C++ needs gdb, and there is none on PATH"));

    ProgramCompiler::Request build;
    build.source = request.program;
    build.sourceName = request.sourceName;
    build.sourceLines = request.sourceLines;
    build.forDebugging = true;
    m_phase = Phase::Compiling;
    Q_EMIT compileStarted();
    m_compiler->compile(build);
}

void CppTracer::stop()
{
    m_stoppedByLearner = true;
    if (m_phase == Phase::Compiling)
        m_compiler->cancel();
    else if (m_phase != Phase::Idle)
        end();
}

bool CppTracer::check(const GdbMiRecord &result, const QString &doing)
{
    if (!result.isResult(u"error"))
        return true;
    if (m_startProblem.isEmpty())
        m_startProblem = QStringLiteral("gdb could not %1: %2").arg(doing, result.results[u"msg"].string());
    end();
    return false;
}

void CppTracer::compiled(const QString &executable)
{
    if (m_stoppedByLearner) {
        m_phase = Phase::Idle;
        Q_EMIT failed(QStringLiteral("stopped before the program ran"));
        return;
    }
    m_phase = Phase::Preparing;
    m_folder = std::make_unique<TraceFolder>();
    if (!m_folder->isValid())
        return fail(QStringLiteral("cannot make a folder for the trace: %1").arg(m_folder->errorString()));
    QString problem = m_folder->write(inputName, m_request.standardInput);
    if (problem.isEmpty())
        problem = m_folder->copyResource(QStringLiteral(":/trace/duet_gdb.py"), helperName);
    if (!problem.isEmpty())
        return fail(problem);

    qCDebug(lcTrace) << "tracing" << executable << "in" << m_folder->path();
    m_gdb->start(GdbDriver::findGdb(), m_folder->path(), executable, m_request.limits, m_request.trusted);
    m_gdb->send(QStringLiteral("-gdb-set confirm off"));
    // Breakpoints stay in the program between stops instead of being taken
    // out and put back at each one.
    m_gdb->send(QStringLiteral("-gdb-set breakpoint always-inserted on"));
    for (const QString &setting : printSettings)
        m_gdb->send(QStringLiteral("-gdb-set print ") + setting);
    m_gdb->send(QStringLiteral("-interpreter-exec console ")
                    + GdbDriver::quoted(QStringLiteral("source ") + helperName),
                [this](const GdbMiRecord &result) { m_declarationsAvailable = result.isResult(u"done"); });
    // With gdb 14 and later gdb records each step itself; an error here (an
    // older gdb, or the helper did not load) leaves the stepping to Duet.
    if (m_recordingInGdbAllowed)
        m_gdb->send(QStringLiteral("-duet-record %1 %2 %3").arg(m_request.maxSteps).arg(outputName, stepsName),
                    [this](const GdbMiRecord &result) { m_stepsInGdb = result.isResult(u"done"); });
    // Unbuffered standard output: the file's size at each stop is then
    // exactly what the program has printed by then (through stdio, which
    // std::print and a synchronised std::cout use; a stream the program
    // buffers itself still shows its output when it flushes).
    const QString stdbuf = QStandardPaths::findExecutable(QStringLiteral("stdbuf"));
    if (!stdbuf.isEmpty() && !stdbuf.contains(QLatin1Char(' ')))
        m_gdb->send(QStringLiteral("-gdb-set exec-wrapper %1 -o0").arg(stdbuf));
    m_gdb->send(QStringLiteral("-file-exec-and-symbols ") + GdbDriver::quoted(executable),
                [this](const GdbMiRecord &result) { check(result, QStringLiteral("load the program")); });
    m_gdb->send(QStringLiteral("-file-list-exec-source-file"), [this](const GdbMiRecord &result) {
        if (!check(result, QStringLiteral("find the program's source")))
            return;
        m_sourceFile = result.results[u"fullname"].string();
        m_gdb->send(QStringLiteral("-symbol-list-lines ") + GdbDriver::quoted(m_sourceFile),
                    [this](const GdbMiRecord &lines) { breakAtEveryLine(lines); });
    });
}

void CppTracer::breakAtEveryLine(const GdbMiRecord &lines)
{
    if (!check(lines, QStringLiteral("read the program's lines")))
        return;
    QList<int> numbers;
    for (const GdbMiValue &entry : lines.results[u"lines"].values()) {
        const int line = entry[u"line"].string().toInt();
        if (line > 0)
            numbers.append(line);
    }
    std::ranges::sort(numbers);
    numbers.erase(std::ranges::unique(numbers).begin(), numbers.end());
    if (numbers.isEmpty()) {
        m_startProblem = QStringLiteral("gdb found no lines of code in the program");
        return end();
    }
    // gdb puts a line's breakpoint after the function's prologue where the
    // line starts a function, and at one place per block, as `break LINE`
    // would: one stop per line run, with the frame's variables in place.
    for (qsizetype index = 0; index < numbers.size(); ++index) {
        const bool last = index + 1 == numbers.size();
        m_gdb->send(QStringLiteral("-break-insert --source %1 --line %2")
                        .arg(GdbDriver::quoted(m_sourceFile))
                        .arg(numbers.at(index)),
                    [this, last](const GdbMiRecord &result) {
                        const QString number = result.results[u"bkpt"][u"number"].string();
                        if (!number.isEmpty())
                            m_breakpoints.append(number);
                        if (last)
                            run();
                    });
    }
}

void CppTracer::run()
{
    if (m_phase != Phase::Preparing)
        return;
    if (m_stepsInGdb) {
        // gdb writes a step at each hit and goes on; the condition holds,
        // and the program stops, only at the step bound.
        for (const QString &number : std::as_const(m_breakpoints))
            m_gdb->send(QStringLiteral("-break-condition %1 $_duet_step(%1)").arg(number));
    }
    // The program's standard streams are files of the run's folder; gdb's
    // own stay with Duet.
    m_gdb->send(QStringLiteral("-exec-arguments < %1 > %2 2> %3").arg(inputName, outputName, errorsName));
    m_gdb->send(QStringLiteral("-exec-run"), [this](const GdbMiRecord &result) {
        if (check(result, QStringLiteral("start the program")) && m_phase == Phase::Preparing) {
            m_phase = Phase::Running;
            m_programStarted = true;
        }
    });
}

void CppTracer::asyncRecord(const GdbMiRecord &record)
{
    if (record.type == GdbMiRecord::Type::ExecAsync && record.recordClass == QLatin1String("stopped")) {
        stopped(record);
    } else if (record.type == GdbMiRecord::Type::NotifyAsync && record.recordClass == QLatin1String("duet-progress")) {
        Q_EMIT stepRecorded(record.results[u"steps"].string().toInt());
        if (m_phase == Phase::Running && m_folder->size(outputName) > m_request.limits.outputBytesPerStream) {
            m_outputCapped = true;
            end();
        }
    }
}

void CppTracer::stopped(const GdbMiRecord &record)
{
    if (m_phase == Phase::Ending)
        return;
    const QString reason = record.results[u"reason"].string();
    if (reason == QLatin1String("exited-normally") || reason == QLatin1String("exited")
        || reason == QLatin1String("exited-signalled")) {
        RunResult ending;
        if (reason == QLatin1String("exited-signalled")) {
            ending.ending = RunResult::Ending::Signalled;
            ending.signal = signalNumber(record.results[u"signal-name"].string());
        } else {
            // gdb writes the exit code in octal.
            ending.exitCode = record.results[u"exit-code"].string().toInt(nullptr, 8);
        }
        m_programEnding = ending;
        return end();
    }
    // Where gdb records the steps, it stops at a breakpoint only at the bound.
    if (m_stepsInGdb && reason == QLatin1String("breakpoint-hit")) {
        m_trace.truncated = true;
        return end();
    }
    const GdbMiValue frame = record.results[u"frame"];
    if (reason == QLatin1String("breakpoint-hit") && frame[u"fullname"].string() == m_sourceFile) {
        if (m_declarationsAvailable && !m_declarationsLoaded) {
            // Once the program runs, so that the blocks' addresses are the
            // ones its frames report.
            m_declarationsLoaded = true;
            m_gdb->send(QStringLiteral("-duet-declarations"), [this](const GdbMiRecord &result) {
                if (result.isResult(u"done"))
                    m_locals.setDeclarations(GdbLocals::declarationsFromMi(result.results[u"variables"]));
                else
                    qCDebug(lcTrace) << "no declarations:" << result.results[u"msg"].string();
            });
        }
        // The program is stopped: its output file holds what it printed
        // before this line. The variables are asked for and the program
        // resumed in one go; gdb answers in order.
        const qint64 printed = m_folder->size(outputName);
        m_gdb->send(QStringLiteral("-stack-list-variables --all-values"),
                    [this, frame, printed](const GdbMiRecord &variables) {
                        recordStep(frame[u"line"].string().toInt(), frame[u"func"].string(), frame[u"addr"].string(),
                                   GdbLocals::listedFromMi(variables.results[u"variables"]), printed);
                    });
        ++m_stepsAsked;
        if (printed > m_request.limits.outputBytesPerStream)
            m_outputCapped = true;
        else if (m_stepsAsked < m_request.maxSteps)
            resume();
        return;
    }
    // A signal (delivered on resuming, as it would be without gdb), or a
    // stop outside the program's own lines: not a step, but bounded too, in
    // case a handler keeps a fault coming back.
    if (++m_otherStops > m_request.maxSteps)
        return end();
    resume();
}

void CppTracer::recordStep(int line, const QString &function, const QString &pc,
                           const QList<GdbLocals::Listed> &variables, qint64 printed)
{
    if (m_phase == Phase::Ending)
        return;
    TraceStep step;
    step.line = line;
    step.function = function;
    step.locals = m_locals.visible(variables, address(pc), line);
    step.standardOutputLength = printed;
    if (printed > m_request.limits.outputBytesPerStream)
        m_outputCapped = true;
    m_trace.steps.append(step);
    Q_EMIT stepRecorded(int(m_trace.steps.size()));
    if (m_outputCapped)
        return end();
    if (m_trace.steps.size() >= m_request.maxSteps) {
        m_trace.truncated = true;
        return end();
    }
}

void CppTracer::resume()
{
    m_gdb->send(QStringLiteral("-exec-continue"), [this](const GdbMiRecord &result) {
        if (result.isResult(u"error"))
            end();
    });
}

void CppTracer::end()
{
    if (m_phase == Phase::Ending || m_phase == Phase::Idle)
        return;
    m_phase = Phase::Ending;
    // A program that has ended leaves gdb to exit by itself; anything else
    // still running is killed with gdb.
    if (m_programEnding && !m_stoppedByLearner)
        m_gdb->send(QStringLiteral("-gdb-exit"));
    else
        m_gdb->stop();
}

void CppTracer::gdbFinished(const RunResult &gdbRun)
{
    if (m_phase == Phase::Idle)
        return;
    if (gdbRun.ending == RunResult::Ending::FailedToStart)
        return fail(gdbRun.errorMessage);
    if (!m_programStarted) {
        if (m_stoppedByLearner)
            return fail(QStringLiteral("stopped before the program ran"));
        QString reason = m_startProblem.isEmpty()
            ? QStringLiteral("gdb ended (%1) before the program ran").arg(gdbRun.describeEnding())
            : m_startProblem;
        const QString messages = m_gdb->messages().trimmed();
        if (!messages.isEmpty())
            reason += QLatin1Char('\n') + messages.left(2000);
        return fail(reason);
    }

    if (m_stepsInGdb) {
        m_trace.steps = GdbStepFile::parse(m_folder->read(stepsName, std::numeric_limits<qint64>::max()));
        m_trace.truncated = m_trace.truncated && m_trace.steps.size() >= m_request.maxSteps;
    }
    RunResult &run = m_trace.run;
    if (m_programEnding) {
        run = *m_programEnding;
    } else if (m_trace.truncated || m_stoppedByLearner) {
        run.ending = RunResult::Ending::Stopped;
        run.signal = SIGKILL;
    } else if (m_outputCapped) {
        run.ending = RunResult::Ending::OutputCapped;
        run.signal = SIGKILL;
    } else {
        run.ending = gdbRun.ending;
        run.exitCode = gdbRun.exitCode;
        run.signal = gdbRun.signal;
    }
    run.wallMilliseconds = gdbRun.wallMilliseconds;
    run.userMilliseconds = gdbRun.userMilliseconds;
    run.systemMilliseconds = gdbRun.systemMilliseconds;
    const qint64 cap = m_request.limits.outputBytesPerStream;
    bool outputCut = false;
    bool errorsCut = false;
    run.standardOutput = m_folder->read(outputName, cap, &outputCut);
    run.standardError = m_folder->read(errorsName, cap, &errorsCut);
    run.outputTruncated = outputCut || errorsCut || m_outputCapped;
    m_folder.reset();
    m_phase = Phase::Idle;
    qCDebug(lcTrace) << "C++ trace:" << m_trace.steps.size() << "steps," << m_trace.describeEnding();
    Q_EMIT finished(m_trace);
}

} // namespace Duet
