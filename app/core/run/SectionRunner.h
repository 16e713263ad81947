#pragma once

#include "CompileFailure.h"
#include "ProcessRunner.h"
#include "RunLimits.h"
#include "RunResult.h"
#include "core/lesson/Lesson.h"

#include <QObject>

namespace Duet
{

class ProgramCompiler;

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

    void run(const Section &section, const Program &program, const QByteArray &standardInput, const RunLimits &limits);
    /// Cancels a compile or kills the program; `finished` or
    /// `compileFailed` still reports it.
    void stop();
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    void compileStarted();
    /// The build was ready; `reused` when the compiler did not run.
    void compileFinished(bool reused);
    /// The build failed. `diagnostics` are those on the program's lines, then
    /// (when anything else went wrong: a link error, an error in a header, a
    /// full disk, no compiler) one line-0 diagnostic saying why with the
    /// compiler's whole output; compileFailedWith() has it all apart.
    void compileFailed(const Duet::Diagnostics &diagnostics, const QString &compilerOutput);
    /// The same failure as one value: why, what is marked, the whole output.
    void compileFailedWith(const Duet::CompileFailure &failure);
    void started();
    void standardOutputReceived(const QByteArray &data);
    void standardErrorReceived(const QByteArray &data);
    void finished(const Duet::RunResult &result);

private:
    [[nodiscard]] ProcessRunner::Request programRequest(const QString &program, const QStringList &arguments) const;
    void startProgram(const QString &program, const QStringList &arguments);
    void failToStart(const QString &message);

    ProcessRunner *m_runner = nullptr;
    ProgramCompiler *m_compiler = nullptr;
    QByteArray m_standardInput;
    RunLimits m_limits;
    bool m_compiling = false;
    bool m_trusted = false;
};

} // namespace Duet
