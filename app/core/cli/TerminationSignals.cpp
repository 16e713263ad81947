#include "TerminationSignals.h"

#include "core/run/ProcessRunner.h"

#include <QSocketNotifier>

#include <array>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace Duet
{

namespace
{

constexpr std::array handledSignals {SIGINT, SIGTERM, SIGHUP};

/// The self-pipe: [0] read in the event loop, [1] written by the handler.
std::array<int, 2> signalPipe {-1, -1};

void writeSignal(int signal)
{
    const auto number = static_cast<unsigned char>(signal);
    // A full pipe already holds a signal to act on; nothing is lost.
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &number, 1);
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    if (pipe2(signalPipe.data(), O_CLOEXEC | O_NONBLOCK) != 0) {
        std::perror("duet: cannot watch for signals");
        return;
    }
    m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::received);
    struct sigaction action {
    };
    action.sa_handler = writeSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : handledSignals)
        sigaction(signal, &action, nullptr);
}

TerminationSignals::~TerminationSignals()
{
    for (const int signal : handledSignals)
        std::signal(signal, SIG_DFL);
    delete m_notifier;
    for (int &end : signalPipe) {
        if (end >= 0)
            ::close(end);
        end = -1;
    }
}

int TerminationSignals::exitStatusFor(int signal)
{
    return 128 + signal;
}

void TerminationSignals::received()
{
    unsigned char number = 0;
    if (::read(signalPipe[0], &number, 1) != 1)
        return;
    ProcessRunner::endEveryRun();
    std::fflush(stdout);
    std::fflush(stderr);
    // Out at once, from inside whichever event loop was running: a command
    // that was told to stop must not go on to its next program.
    std::_Exit(exitStatusFor(number));
}

} // namespace Duet
