#include "GdbDriver.h"

#include "TraceLogging.h"
#include "core/run/ProcessRunner.h"

#include <QStandardPaths>

namespace Duet
{

namespace
{

/// gdb's messages are kept for error reports, not without end.
constexpr qsizetype messagesKept = qsizetype(16) * 1024;

/// gdb's answers about a long trace add up to megabytes; the program's own
/// output goes to a file with its own cap.
constexpr qint64 gdbOutputCap = qint64(256) << 20;

} // namespace

GdbDriver::GdbDriver(QObject *parent)
    : QObject(parent)
    , m_runner(new ProcessRunner(this))
{
    connect(m_runner, &ProcessRunner::standardOutputReceived, this, &GdbDriver::received);
    connect(m_runner, &ProcessRunner::standardErrorReceived, this, [this](const QByteArray &data) {
        if (m_messages.size() < messagesKept)
            m_messages += QString::fromUtf8(data);
    });
    connect(m_runner, &ProcessRunner::finished, this, [this](const RunResult &result) {
        m_handlers.clear();
        Q_EMIT finished(result);
    });
}

GdbDriver::~GdbDriver() = default;

QString GdbDriver::findGdb()
{
    return QStandardPaths::findExecutable(QStringLiteral("gdb"));
}

QString GdbDriver::quoted(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (const QChar character : text) {
        if (character == QLatin1Char('"') || character == QLatin1Char('\\'))
            result += QLatin1Char('\\');
        if (character == QLatin1Char('\n'))
            result += QLatin1String("\\n");
        else
            result += character;
    }
    return result + QLatin1Char('"');
}

void GdbDriver::start(const QString &gdb, const QString &folder, const QString &executable, const RunLimits &limits,
                      bool trusted)
{
    m_parser = {};
    m_stopping = false;
    m_handlers.clear();
    m_messages.clear();
    ProcessRunner::Request request;
    request.program = gdb;
    // No init files: a learner's ~/.gdbinit must not change what is
    // recorded. No debuginfod: nothing may leave the machine.
    request.arguments = {QStringLiteral("--interpreter=mi3"), QStringLiteral("--nx"), QStringLiteral("--quiet"),
                         QStringLiteral("-iex"), QStringLiteral("set debuginfod enabled off")};
    request.keepInputOpen = true;
    request.sharedFolder = folder;
    request.readOnlyPaths = {executable};
    request.trusted = trusted;
    request.limits = limits;
    request.limits.outputBytesPerStream = qMax(limits.outputBytesPerStream, gdbOutputCap);
    m_runner->start(request);
}

void GdbDriver::send(const QString &command, const ResultHandler &handler)
{
    const qint64 token = m_nextToken++;
    if (handler)
        m_handlers.insert(token, handler);
    qCDebug(lcTrace).noquote() << "mi <<" << token << command;
    m_runner->writeInput(QByteArray::number(token) + command.toUtf8() + '\n');
}

void GdbDriver::stop()
{
    m_stopping = true;
    m_runner->stop();
}

bool GdbDriver::isRunning() const
{
    return m_runner->isRunning();
}

void GdbDriver::received(const QByteArray &data)
{
    for (const GdbMiRecord &record : m_parser.feed(data)) {
        switch (record.type) {
        case GdbMiRecord::Type::Result:
            qCDebug(lcTrace).noquote() << "mi >>" << record.token << record.recordClass
                                       << record.results.toMi().left(300);
            if (const auto handler = m_handlers.take(record.token))
                handler(record);
            break;
        case GdbMiRecord::Type::ExecAsync:
        case GdbMiRecord::Type::StatusAsync:
        case GdbMiRecord::Type::NotifyAsync:
            qCDebug(lcTrace).noquote() << "mi >>" << record.recordClass << record.results.toMi().left(300);
            Q_EMIT asyncRecord(record);
            break;
        case GdbMiRecord::Type::LogStream:
            if (m_messages.size() < messagesKept)
                m_messages += record.text;
            break;
        case GdbMiRecord::Type::ConsoleStream:
        case GdbMiRecord::Type::TargetStream:
        case GdbMiRecord::Type::Prompt:
            break;
        case GdbMiRecord::Type::Unknown:
            qCDebug(lcTrace).noquote() << "not MI:" << record.text.left(300);
            break;
        }
        // A handler may have stopped gdb; what is left of the output is moot.
        if (m_stopping)
            break;
    }
}

} // namespace Duet
