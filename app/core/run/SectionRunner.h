#pragma once

#include "CompileReport.h"
#include "ProgramCompiler.h"
#include "RunLimits.h"
#include "RunResult.h"
#include "core/lesson/Lesson.h"

#include <QElapsedTimer>
#include <QObject>

namespace Duet
{

class ProcessRunner;

/// Runs one of a section's programs the way that fits it: the prebuilt demo
/// of an unedited built-in section, a compiled build (cached) of edited C++
/// or of a pack loaded from a folder, or the Python under the python3 on
/// PATH. Used alike by the window and by `--run` and `--check`.
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
    void compileFailed(const Diagnostics &diagnostics, const QString &output);
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
    bool m_runAfterCompile = false;
    bool m_cancelling = false;
};

} // namespace Duet
