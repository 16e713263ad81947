#pragma once

#include "GdbLocals.h"
#include "Trace.h"
#include "TraceRequest.h"
#include "core/lesson/Diagnostic.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Duet
{

class GdbDriver;
struct GdbMiRecord;
class ProgramCompiler;
class TraceFolder;

/// Records a C++ program's run: the program is built for debugging (-O0 -g,
/// through ProgramCompiler and its cache) and run under gdb, driven through
/// GDB/MI by GdbDriver. Every line of the program that has code gets a
/// breakpoint, and each stop at one is a step: so the program runs at full
/// speed through the standard library and is stopped only in its own code,
/// including the lambdas and functions that library code calls back (a
/// range view pulling, a sort's comparison, a thread's body), which
/// stepping with `skip` would pass over. At each step the frame's variables
/// come from `-stack-list-variables` (filtered by GdbLocals) and the stdout
/// length from the size of the file the program's output goes to, which
/// `stdbuf -o0` keeps unbuffered. With gdb 14 and later, gdb records each
/// step itself (each breakpoint's condition is python/duet_gdb.py's
/// $_duet_step, which writes the step to a file and lets the program go on),
/// so a step costs no round trip to Duet, which reads the file at the end
/// (GdbStepFile); with an older gdb, Duet asks for each step's variables and
/// resumes the program itself. The program reads its input from a file
/// (empty when there is none, never the terminal). `finished` comes
/// whenever the program ran, however it ended (an exception, a crash, the
/// time limit, the step bound); `failed` when it could not be built or run.
class CppTracer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CppTracer)

public:
    explicit CppTracer(QObject *parent = nullptr);
    ~CppTracer() override;

    /// Lets gdb record the steps itself where it can (the default), or has
    /// Duet ask for every step, as it does with gdb 13 and older.
    void setRecordingInGdb(bool allowed) { m_recordingInGdbAllowed = allowed; }

    void start(const TraceRequest &request);
    /// Cancels the build or ends the run at once; `finished` reports what
    /// was recorded, or `failed` that nothing was.
    void stop();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void compileStarted();
    /// The debug build was ready; `reused` when the compiler did not run.
    void compileFinished(bool reused);
    void compileFailed(const Duet::Diagnostics &diagnostics, const QString &compilerOutput);
    /// Another step was recorded; `count` so far.
    void stepRecorded(int count);
    void finished(const Duet::Trace &trace);
    void failed(const QString &reason);

private:
    enum class Phase { Idle, Compiling, Preparing, Running, Ending };

    void compiled(const QString &executable);
    void breakAtEveryLine(const GdbMiRecord &lines);
    void asyncRecord(const GdbMiRecord &record);
    void stopped(const GdbMiRecord &record);
    void run();
    void recordStep(int line, const QString &function, const QString &pc, const QList<GdbLocals::Listed> &variables,
                    qint64 printed);
    void resume();
    void end();
    void gdbFinished(const RunResult &gdbRun);
    void fail(const QString &reason);
    /// Fails with gdb's message unless `result` is a success.
    bool check(const GdbMiRecord &result, const QString &doing);

    ProgramCompiler *m_compiler = nullptr;
    GdbDriver *m_gdb = nullptr;
    std::unique_ptr<TraceFolder> m_folder;
    TraceRequest m_request;
    Phase m_phase = Phase::Idle;
    QString m_sourceFile;
    GdbLocals m_locals;
    bool m_declarationsAvailable = false;
    bool m_declarationsLoaded = false;
    /// gdb records each step itself, into a file (gdb 14 and later);
    /// otherwise Duet asks for each step's variables and resumes.
    bool m_stepsInGdb = false;
    QStringList m_breakpoints;
    bool m_recordingInGdbAllowed = true;
    Trace m_trace;
    /// How the program ended, once gdb said so.
    std::optional<RunResult> m_programEnding;
    /// Why the run could not even begin; reported through `failed`.
    QString m_startProblem;
    bool m_outputCapped = false;
    bool m_programStarted = false;
    bool m_stoppedByLearner = false;
    int m_otherStops = 0;
    /// Steps whose variables have been asked for.
    int m_stepsAsked = 0;
};

} // namespace Duet
