#include "PseudoTerminal.h"

#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include <utility>

namespace Duet
{

namespace
{

QString systemError(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

} // namespace

std::expected<PseudoTerminal, QString> PseudoTerminal::open()
{
    const int near = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (near < 0)
        return std::unexpected(systemError("cannot open a pseudo-terminal"));
    char name[128] = {};
    if (grantpt(near) != 0 || unlockpt(near) != 0 || ptsname_r(near, name, sizeof name) != 0) {
        const QString error = systemError("cannot unlock a pseudo-terminal");
        ::close(near);
        return std::unexpected(error);
    }
    const int far = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (far < 0) {
        const QString error = systemError("cannot open the far end of a pseudo-terminal");
        ::close(near);
        return std::unexpected(error);
    }
    PseudoTerminal terminal(near, far, QFile::decodeName(name));
    // Bytes pass as written: no "\n" → "\r\n", no echo, no line editing.
    termios settings {};
    if (tcgetattr(far, &settings) == 0) {
        cfmakeraw(&settings);
        tcsetattr(far, TCSANOW, &settings);
    }
    // A width for programs that ask; wide enough that nothing wraps.
    const winsize size {50, 160, 0, 0};
    ioctl(far, TIOCSWINSZ, &size);
    fcntl(near, F_SETFL, fcntl(near, F_GETFL) | O_NONBLOCK);
    return terminal;
}

PseudoTerminal::PseudoTerminal(PseudoTerminal &&other) noexcept
    : m_near(std::exchange(other.m_near, -1))
    , m_far(std::exchange(other.m_far, -1))
    , m_farPath(std::move(other.m_farPath))
{ }

PseudoTerminal &PseudoTerminal::operator=(PseudoTerminal &&other) noexcept
{
    if (this != &other) {
        std::swap(m_near, other.m_near);
        std::swap(m_far, other.m_far);
        std::swap(m_farPath, other.m_farPath);
    }
    return *this;
}

PseudoTerminal::~PseudoTerminal()
{
    closeFarEnd();
    if (m_near >= 0)
        ::close(m_near);
    m_near = -1;
}

void PseudoTerminal::closeFarEnd()
{
    if (m_far >= 0)
        ::close(m_far);
    m_far = -1;
}

} // namespace Duet
