#pragma once

#include "RunLimits.h"
#include "RunResult.h"
#include "core/lesson/Lesson.h"

#include <QObject>

namespace Duet
{

class ProcessRunner;
class ProgramCompiler;

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

    void run(const Section &section, const Program &program, const QByteArray &standardInput, const RunLimits &limits);
    /// Cancels a compile or kills the program; `finished` or
    /// `compileFailed` still reports it.
    void stop();
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    void compileStarted();
    /// The build was ready; `reused` when the compiler did not run.
    void compileFinished(bool reused);
    void compileFailed(const Duet::Diagnostics &diagnostics, const QString &compilerOutput);
    void started();
    void standardOutputReceived(const QByteArray &data);
    void standardErrorReceived(const QByteArray &data);
    void finished(const Duet::RunResult &result);

private:
    void startProgram(const QString &program, const QStringList &arguments);
    void failToStart(const QString &message);

    ProcessRunner *m_runner = nullptr;
    ProgramCompiler *m_compiler = nullptr;
    QByteArray m_standardInput;
    RunLimits m_limits;
    bool m_compiling = false;
};

} // namespace Duet
