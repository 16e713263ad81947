#pragma once

#include <QByteArray>
#include <QString>

namespace Duet
{

/// The one way the command-line modes write: UTF-8 to stdout or stderr,
/// flushed at once so that output and diagnostics keep their order when both
/// go to one terminal, and so a program's streamed output appears as it is
/// printed.
class Terminal
{
public:
    static void out(const QByteArray &bytes);
    static void out(const QString &text) { out(text.toUtf8()); }
    static void error(const QByteArray &bytes);
    static void error(const QString &text) { error(text.toUtf8()); }
    /// `text` and a newline on stdout / stderr.
    static void outLine(const QString &text) { out(text + QLatin1Char('\n')); }
    static void errorLine(const QString &text) { error(text + QLatin1Char('\n')); }
    /// "duet: MESSAGE" on stderr.
    static void complain(const QString &message) { errorLine(QStringLiteral("duet: ") + message); }
};

} // namespace Duet
