#pragma once

#include "CompileFailure.h"
#include "PrecompiledHeader.h"
#include "RunResult.h"
#include "core/lesson/Diagnostic.h"

#include <QObject>

#include <optional>

namespace Duet
{

class ProcessRunner;

/// Compiles a C++ program that has no prebuilt demo — a learner's edit, or a
/// section of a pack loaded from a folder — with the g++ or clang++ on PATH,
/// into a per-user cache (ProgramCache). A build whose source, flags and
/// toolchain (compiler and standard library, see Toolchain) are all
/// unchanged is reused without starting the compiler at all, once its hash
/// is checked, and the standard headers come from a precompiled header built
/// once per toolchain. The compiler runs outside the sandbox: it is Duet's
/// tool, and it reads only the program's source and the system's headers.
class ProgramCompiler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgramCompiler)

public:
    /// What the compiler is doing: the one-time precompiled header (in
    /// several runs for clang++), or the program itself.
    enum class Stage { PrecompilingHeaders, Compiling };
    Q_ENUM(Stage)

    struct Request {
        QString source;
        /// The file the learner knows the code as; diagnostics name it.
        QString sourceName;
        /// sourceLines[i]: the line of sourceName shown as line i + 1 of
        /// `source`; empty when the lines are the same.
        QList<int> sourceLines;
        /// Built to be stepped in a debugger (-O0 -g) rather than timed (-O2);
        /// the two builds are cached side by side.
        bool forDebugging = false;
    };

    explicit ProgramCompiler(QObject *parent = nullptr);
    ~ProgramCompiler() override;

    /// $CXX if set, else clang++, else g++ from PATH; empty if none.
    /// clang++ comes first because its precompiled header also carries the
    /// compiled standard templates, which halves the time of each compile.
    [[nodiscard]] static QString findCompiler();
    /// The flags every program is compiled with; with `forDebugging`,
    /// unoptimised and with debugging information instead of -O2.
    [[nodiscard]] static QStringList compileFlags(bool forDebugging = false);
    /// "clang++ -std=c++23 -O2": the compiler and the flags that decide
    /// what a program's timing means; empty when there is no compiler.
    [[nodiscard]] static QString compilerSummary();
    /// Reads `file:line:col: severity: message` lines of g++ and clang++
    /// output that concern `compiledFile`, as diagnostics on the request's lines.
    [[nodiscard]] static Diagnostics parseDiagnostics(const QString &output, const QString &compiledFile,
                                                      const Request &request);

    /// The identity of `compiler`'s toolchain (see Toolchain::identity()),
    /// once a compile in this process has asked it; empty before.
    [[nodiscard]] static QByteArray knownToolchain(const QString &compiler);

    void compile(const Request &request);
    void cancel();
    [[nodiscard]] bool isCompiling() const;

Q_SIGNALS:
    /// A compiler run begins: step `step` (1-based) of `steps` of `stage`.
    void stageStarted(Duet::ProgramCompiler::Stage stage, int step, int steps);
    /// The executable is ready; `reused` when nothing had to be compiled.
    void finished(const QString &executable, bool reused);
    /// It is not: why, what is marked, and everything the compiler said.
    void failed(const Duet::CompileFailure &failure);

private:
    enum class Step { Idle, Toolchain, Header, Program };

    void stepFinished(const RunResult &result);
    void toolchainKnown();
    void buildHeader();
    void headerStepFinished(const RunResult &result);
    void compileProgram();
    void programCompiled(const RunResult &result);
    void fail(CompileFailure::Reason reason, const QString &message, const QString &output = {},
              const Diagnostics &diagnostics = {});
    void failSoon(CompileFailure::Reason reason, const QString &message);
    void startTool(const QStringList &arguments, const QString &directory, const QString &program = {});

    ProcessRunner *m_runner = nullptr;
    Request m_request;
    Step m_step = Step::Idle;
    QString m_compiler;
    QByteArray m_toolchain;
    QString m_key;
    QString m_buildFolder;
    std::optional<PrecompiledHeader> m_header;
    /// Runs still to come of the precompiled header's build.
    QList<QStringList> m_headerSteps;
    int m_headerStepCount = 0;
    /// The precompiled header was rebuilt after a compile blamed it; a second
    /// failure is the program's own.
    bool m_rebuiltHeader = false;
};

} // namespace Duet
