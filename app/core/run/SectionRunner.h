#pragma once

#include "CompileFailure.h"
#include "CompileReport.h"
#include "ProcessRunner.h"
#include "ProgramCompiler.h"
#include "RunLimits.h"
#include "RunResult.h"
#include "core/lesson/Lesson.h"

#include <QElapsedTimer>
#include <QObject>

namespace Duet
{

/// Runs one of a section's programs the way that fits it: the prebuilt demo
/// of an unedited built-in section, a compiled build (cached) of edited C++
/// or of a pack loaded from a folder, or the Python under the python3 on
/// PATH. Used alike by the window and by `--run` and `--check`.
///
/// Every program runs in the sandbox (see ProcessRunner). Where there is
/// none, a pack's programs run only once the learner trusts the pack
/// (PackTrust); otherwise `finished` reports FailedToStart, saying why.
///
/// Python runs as `python3 -I duet-section.py` in the run's own scratch
/// folder, where the script is the only file: a traceback names it as
/// `File "<folder>/duet-section.py", line N`, where N is the line of the
/// program as shown in the pane, and `<folder>` is Sandbox::scratchPath()
/// ("/tmp") in the sandbox. Two runs never share the folder, and the name
/// cannot be imported, so no program can shadow a module for another.
class SectionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionRunner)

public:
    struct Program {
        Language language = Language::Cpp;
        /// The program as the learner sees it (markers removed, edits kept).
        QString text;
        bool edited = false;
    };

    explicit SectionRunner(QObject *parent = nullptr);
    ~SectionRunner() override;

    /// The python3 on PATH, or empty.
    [[nodiscard]] static QString findPython();
    /// "duet-section.py": the name of the Python program in its run's
    /// scratch folder, as tracebacks name it.
    [[nodiscard]] static QString pythonScriptName();
    /// What a sandboxed run of `python` must read besides the system: an
    /// interpreter outside /usr (/opt/python3.13, ~/.pyenv/…) needs its own
    /// prefix to find its standard library.
    [[nodiscard]] static QStringList interpreterPaths(const QString &python);

    /// Makes the C++ program runnable without running it: the demo as it
    /// is, or a compile (or the cached build). Ends with `compiled`, once.
    void prepare(const Section &section, const Program &program);
    /// Runs a program, compiling C++ first where needed. Ends with
    /// `finished`, or with `compiled` reporting a failed or cancelled compile.
    void run(const Section &section, const Program &program, const QByteArray &standardInput, const RunLimits &limits);
    /// Cancels a compile or kills the program; `finished` or `compiled`
    /// still reports it.
    void stop();
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    void compileStarted();
    void compileStageStarted(Duet::ProgramCompiler::Stage stage, int step, int steps);
    /// How the C++ became runnable, or why not. After a successful compile
    /// within run(), the program starts next.
    void compiled(const Duet::CompileReport &report);
    void started();
    void standardOutputReceived(const QByteArray &data);
    void standardErrorReceived(const QByteArray &data);
    void finished(const Duet::RunResult &result);

private:
    void compile(const Section &section, const Program &program);
    void compileFinished(const QString &executable, bool reused);
    void compileFailed(const CompileFailure &failure);
    [[nodiscard]] ProcessRunner::Request programRequest(const QString &program, const QStringList &arguments) const;
    void startProgram(const QString &program, const QStringList &arguments);
    void failToStart(const QString &message);

    ProcessRunner *m_runner = nullptr;
    ProgramCompiler *m_compiler = nullptr;
    QByteArray m_standardInput;
    RunLimits m_limits;
    CompileReport m_report;
    QElapsedTimer m_compileClock;
    /// displayed line - 1 → line of the file, for unedited pack code; empty
    /// when the compiled text is the learner's own.
    QList<int> m_sourceLines;
    bool m_compiling = false;
    bool m_trusted = false;
    bool m_runAfterCompile = false;
    bool m_cancelling = false;
};

} // namespace Duet
