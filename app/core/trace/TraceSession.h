#pragma once

#include "Trace.h"
#include "TraceAlignment.h"
#include "TraceRequest.h"
#include "core/lesson/Lesson.h"

#include <QObject>

#include <optional>

namespace Duet
{

class CppTracer;
class PythonTracer;

/// What a TraceSession recorded: each language asked for that could be
/// traced, the two in step when both were, and why any could not be.
struct TraceSet {
    std::optional<Trace> python;
    std::optional<Trace> cpp;
    /// Python's steps first, C++'s second; empty unless both were recorded.
    TraceAlignment alignment;
    /// "C++: the program does not compile: ..." for each language that
    /// could not be traced.
    QStringList problems;
};

/// Records a section's Python, its C++ or both at once, each under its
/// tracer in its own run, and reports them together: what the window's Step
/// Both drives and `duet --trace` waits for. Steps get the section's linked
/// regions (for a program as the lesson wrote it; an edited program's steps
/// have none, since its regions are no longer known), and the two traces are
/// aligned. `finished` comes when at least one trace was recorded, `failed`
/// when none could be; never both, always one of them per start.
class TraceSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceSession)

public:
    struct Program {
        /// The text as shown; an empty text means the section's own.
        QString text;
        bool edited = false;
    };
    struct Request {
        bool python = true;
        bool cpp = true;
        Program pythonProgram;
        Program cppProgram;
        QByteArray standardInput;
        RunLimits limits;
        int maxSteps = TraceRequest::defaultMaxSteps;
    };

    explicit TraceSession(QObject *parent = nullptr);
    ~TraceSession() override;

    void start(const Section &section, const Request &request);
    /// Ends both runs at once; `finished` still reports what was recorded.
    void stop();
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    void compileStarted();
    void compileFinished(bool reused);
    void compileFailed(const Duet::Diagnostics &diagnostics, const QString &compilerOutput);
    /// One language's trace, as soon as it is recorded (regions assigned).
    void traceRecorded(const Duet::Trace &trace);
    void finished(const Duet::TraceSet &traces);
    void failed(const QString &reason);

private:
    void recorded(Trace trace);
    void languageFailed(Language language, const QString &reason);
    void settle();

    PythonTracer *m_python = nullptr;
    CppTracer *m_cpp = nullptr;
    Section m_section;
    Request m_request;
    TraceSet m_traces;
    int m_pending = 0;
};

} // namespace Duet
