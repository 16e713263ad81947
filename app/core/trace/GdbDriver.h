#pragma once

#include "GdbMiParser.h"
#include "core/run/RunLimits.h"
#include "core/run/RunResult.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace Duet
{

class ProcessRunner;

/// Talks GDB/MI to one gdb, started through ProcessRunner like every program
/// Duet runs, so gdb and the program it debugs share one sandbox and one set
/// of limits. Commands go out with a token each; the answer to each comes
/// back to the handler given with it, in order, and everything gdb reports
/// on its own (the program stopped, a thread started) comes as a signal.
/// Nothing blocks: gdb's output is read as it arrives.
class GdbDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GdbDriver)

public:
    using ResultHandler = std::function<void(const GdbMiRecord &result)>;

    explicit GdbDriver(QObject *parent = nullptr);
    ~GdbDriver() override;

    /// The gdb on PATH, or empty.
    [[nodiscard]] static QString findGdb();
    /// `text` as an MI c-string argument, quoted and escaped.
    [[nodiscard]] static QString quoted(const QString &text);

    /// Starts `gdb --interpreter=mi3` in `workingDirectory` (which the
    /// program inherits), held to `limits` as a whole.
    /// Starts gdb in the sandbox, in `folder` (shared with Duet, see
    /// ProcessRunner::Request::sharedFolder), able to read `executable`.
    void start(const QString &gdb, const QString &folder, const QString &executable, const RunLimits &limits,
               bool trusted);
    /// Sends one MI command, e.g. "-exec-continue"; `handler` receives its
    /// result record (^done, ^running, ^error, ...).
    void send(const QString &command, const ResultHandler &handler = {});
    /// Kills gdb and the program at once; `finished` follows.
    void stop();
    [[nodiscard]] bool isRunning() const;
    /// What gdb wrote to its stderr and log stream so far: its own warnings
    /// and errors, for messages.
    [[nodiscard]] QString messages() const { return m_messages; }

Q_SIGNALS:
    /// An exec, status or notify record: `*stopped`, `=thread-created`, ...
    void asyncRecord(const Duet::GdbMiRecord &record);
    /// gdb has ended; `result` is gdb's run, the program's included.
    void finished(const Duet::RunResult &result);

private:
    void received(const QByteArray &data);

    ProcessRunner *m_runner = nullptr;
    GdbMiParser m_parser;
    QHash<qint64, ResultHandler> m_handlers;
    qint64 m_nextToken = 1;
    QString m_messages;
    bool m_stopping = false;
};

} // namespace Duet
