#pragma once

#include "Trace.h"
#include "TraceRequest.h"

#include <QObject>

#include <memory>

namespace Duet
{

class ProcessRunner;
class TraceFolder;

/// Records a Python program's run with Duet's own tracer
/// (python/duet_tracer.py, a resource written into the run's folder): the
/// program runs under the python3 on PATH through ProcessRunner, like any
/// Python run, and the tracer writes each executed line of the program to a
/// file of the folder as one JSON object, read back when the run ends. Only
/// the program's own code is traced. `finished` comes whenever the program
/// ran, however it ended (an exception, the time limit, the step bound);
/// `failed` only when it could not be traced at all.
class PythonTracer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PythonTracer)

public:
    explicit PythonTracer(QObject *parent = nullptr);
    ~PythonTracer() override;

    /// Uses sys.settrace even where sys.monitoring exists (Python 3.12 and
    /// later), as the tracer does on older Pythons by itself.
    void setUseSettrace(bool useSettrace) { m_useSettrace = useSettrace; }

    void start(const TraceRequest &request);
    /// Ends the run at once; `finished` reports what was recorded.
    void stop();
    [[nodiscard]] bool isRunning() const;

    /// Reads the tracer's JSON lines. Reading ends at the first line that is
    /// not a complete step (a run killed while writing one); `truncated`
    /// says whether the tracer reported reaching the step bound.
    [[nodiscard]] static QList<TraceStep> parseSteps(QByteArrayView data, bool *truncated);

Q_SIGNALS:
    /// The program is running under the tracer.
    void started();
    void finished(const Duet::Trace &trace);
    void failed(const QString &reason);

private:
    void runFinished(const RunResult &result);
    void fail(const QString &reason);

    ProcessRunner *m_runner = nullptr;
    std::unique_ptr<TraceFolder> m_folder;
    bool m_useSettrace = false;
};

} // namespace Duet
