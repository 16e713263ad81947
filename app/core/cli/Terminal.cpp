#include "Terminal.h"

#include <cstdio>

namespace Duet
{

namespace
{

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Terminal::out(const QByteArray &bytes)
{
    write(stdout, bytes);
}

void Terminal::error(const QByteArray &bytes)
{
    write(stderr, bytes);
}

} // namespace Duet
