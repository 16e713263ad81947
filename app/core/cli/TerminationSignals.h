#pragma once

#include <QObject>

class QSocketNotifier;

namespace Duet
{

/// Makes SIGINT, SIGTERM and SIGHUP end a command-line mode the way a shell
/// expects: every program it is running ends at once, with everything those
/// programs started (ProcessRunner::endEveryRun()), and Duet exits with
/// 128 + the signal's number: 130, 143 or 129. The handler only writes the
/// signal's number to a pipe (a self-pipe, the one safe thing to do in a
/// signal handler); the rest happens in the event loop, which the
/// command-line modes run whenever a program runs.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    /// Installs the handlers; they stay until the object is destroyed.
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    /// The status Duet exits with for `signal`: 128 + its number.
    [[nodiscard]] static int exitStatusFor(int signal);

private:
    void received();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Duet
