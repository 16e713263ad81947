#include "TraceSession.h"

#include "core/sandbox/PackTrust.h"
#include "CppTracer.h"
#include "PythonTracer.h"

#include <QTimer>

namespace Duet
{

TraceSession::TraceSession(QObject *parent)
    : QObject(parent)
    , m_python(new PythonTracer(this))
    , m_cpp(new CppTracer(this))
{
    connect(m_python, &PythonTracer::finished, this, &TraceSession::recorded);
    connect(m_python, &PythonTracer::failed, this,
            [this](const QString &reason) { languageFailed(Language::Python, reason); });
    connect(m_cpp, &CppTracer::finished, this, &TraceSession::recorded);
    connect(m_cpp, &CppTracer::failed, this, [this](const QString &reason) { languageFailed(Language::Cpp, reason); });
    connect(m_cpp, &CppTracer::compileStarted, this, &TraceSession::compileStarted);
    connect(m_cpp, &CppTracer::compileFinished, this, &TraceSession::compileFinished);
    connect(m_cpp, &CppTracer::compileFailed, this, &TraceSession::compileFailed);
}

TraceSession::~TraceSession() = default;

bool TraceSession::isBusy() const
{
    return m_pending > 0;
}

void TraceSession::start(const Section &section, const Request &request)
{
    Q_ASSERT(!isBusy());
    m_section = section;
    m_request = request;
    m_traces = TraceSet {};
    const bool python = request.python && section.hasPython();
    const bool cpp = request.cpp && section.hasCpp();
    m_pending = int(python) + int(cpp);
    if (m_pending == 0) {
        m_pending = 1;
        QTimer::singleShot(0, this, [this] {
            m_pending = 0;
            Q_EMIT failed(
                QStringLiteral("section '%1' has no program to trace in the languages asked for").arg(m_section.id));
        });
        return;
    }

    const auto traceRequest = [&](const CodeListing &listing, const Program &program, const QString &fallbackName) {
        TraceRequest trace;
        trace.program = program.text.isEmpty() ? listing.text : program.text;
        trace.sourceName = listing.fileName.isEmpty() ? fallbackName : listing.fileName;
        if (!program.edited)
            trace.sourceLines = listing.sourceLines;
        trace.standardInput = request.standardInput;
        trace.limits = request.limits;
        trace.maxSteps = request.maxSteps;
        trace.trusted = PackTrust::isTrusted(section);
        return trace;
    };
    if (python) {
        // Tracebacks name the script; the section's id says which it is.
        TraceRequest trace = traceRequest(section.python, request.pythonProgram, section.id);
        trace.sourceName = section.id + QLatin1String(".py");
        m_python->start(trace);
    }
    if (cpp)
        m_cpp->start(traceRequest(section.cpp, request.cppProgram, section.id + QLatin1String(".cpp")));
}

void TraceSession::stop()
{
    if (m_python->isRunning())
        m_python->stop();
    if (m_cpp->isRunning())
        m_cpp->stop();
}

void TraceSession::recorded(Trace trace)
{
    const bool python = trace.language == Language::Python;
    const Program &program = python ? m_request.pythonProgram : m_request.cppProgram;
    if (!program.edited)
        trace.assignRegions(m_section.listing(trace.language));
    (python ? m_traces.python : m_traces.cpp) = trace;
    Q_EMIT traceRecorded(trace);
    settle();
}

void TraceSession::languageFailed(Language language, const QString &reason)
{
    m_traces.problems.append(QStringLiteral("%1: %2").arg(
        language == Language::Python ? QStringLiteral("Python") : QStringLiteral("C++"), reason));
    settle();
}

void TraceSession::settle()
{
    if (--m_pending > 0)
        return;
    if (!m_traces.python && !m_traces.cpp) {
        Q_EMIT failed(m_traces.problems.join(QLatin1Char('\n')));
        return;
    }
    if (m_traces.python && m_traces.cpp)
        m_traces.alignment = TraceAlignment::align(*m_traces.python, *m_traces.cpp);
    Q_EMIT finished(m_traces);
}

} // namespace Duet
