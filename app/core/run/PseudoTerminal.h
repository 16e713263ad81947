#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace Duet
{

/// A pseudo-terminal pair whose far end becomes a program's standard output.
/// A program that writes to a terminal flushes each line as it ends — C's
/// stdio, C++ iostreams and Python alike — so its output arrives line by
/// line and survives a crash, an abort or an uncaught exception, and both
/// languages pay the same for it. Output post-processing is off, so "\n"
/// stays "\n". Both ends are close-on-exec: the runner hands the far end to
/// the child as descriptor 1 (dup2 clears the flag on the copy only).
class PseudoTerminal final
{
public:
    /// Opens a pair; the near end is non-blocking.
    [[nodiscard]] static std::expected<PseudoTerminal, QString> open();

    PseudoTerminal(PseudoTerminal &&other) noexcept;
    PseudoTerminal &operator=(PseudoTerminal &&other) noexcept;
    PseudoTerminal(const PseudoTerminal &) = delete;
    PseudoTerminal &operator=(const PseudoTerminal &) = delete;
    ~PseudoTerminal();

    /// The end Duet reads.
    [[nodiscard]] int nearDescriptor() const { return m_near; }
    /// The end the program writes to.
    [[nodiscard]] int farDescriptor() const { return m_far; }
    /// Closes Duet's copy of the far end once the child has its own, so that
    /// reading the near end reports the end when the program's side closes.
    void closeFarEnd();
    /// The far end's path (/dev/pts/N), for a process started before the
    /// pair was opened to open it itself (see SupervisorProtocol::outputEntry).
    [[nodiscard]] const QString &farPath() const { return m_farPath; }

private:
    PseudoTerminal(int near, int far, QString farPath)
        : m_near(near)
        , m_far(far)
        , m_farPath(std::move(farPath))
    { }

    int m_near = -1;
    int m_far = -1;
    QString m_farPath;
};

} // namespace Duet
