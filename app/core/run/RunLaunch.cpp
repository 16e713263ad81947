#include "RunLaunch.h"

#include "core/sandbox/Sandbox.h"
#include "core/sandbox/SupervisorProtocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Duet
{

namespace
{

namespace Protocol = SupervisorProtocol;

/// The whole environment of a sandboxed program: where to find commands, its
/// scratch folder as home and temporary folder, and the learner's language
/// and time zone. Nothing else of Duet's environment (tokens, sockets,
/// display) reaches it.
QStringList sandboxEnvironment()
{
    const QString scratch = Sandbox::scratchPath();
    QStringList environment {QStringLiteral("PATH=/usr/local/bin:/usr/bin:/bin"), QStringLiteral("HOME=") + scratch,
                             QStringLiteral("TMPDIR=") + scratch};
    const QString language = qEnvironmentVariable("LANG");
    environment.append(QStringLiteral("LANG=") + (language.isEmpty() ? QStringLiteral("C.UTF-8") : language));
    for (const char *name : {"LC_ALL", "LC_CTYPE", "TZ"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            environment.append(QString::fromLatin1(name) + QLatin1Char('=') + value);
    }
    return environment;
}

/// An absolute path for execv, which searches no PATH.
QString absoluteProgram(const QString &program)
{
    if (!program.contains(QLatin1Char('/'))) {
        const QString found = QStandardPaths::findExecutable(program);
        return found.isEmpty() ? program : found;
    }
    return QFileInfo(program).absoluteFilePath();
}

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && name != QLatin1String(".")
        && name != QLatin1String("..");
}

void appendEntry(QByteArray &command, QByteArrayView entry)
{
    command += entry;
    command += '\0';
}

void appendEntry(QByteArray &command, std::string_view prefix, const QString &value)
{
    command += QByteArrayView(prefix.data(), qsizetype(prefix.size()));
    command += QFile::encodeName(value);
    command += '\0';
}

} // namespace

std::expected<std::unique_ptr<RunLaunch>, QString> RunLaunch::prepare(const Request &request)
{
    std::unique_ptr<RunLaunch> launch(new RunLaunch);
    launch->m_request = request;
    launch->m_program = absoluteProgram(request.program);
    launch->m_supervisor = Sandbox::supervisorExecutable();
    if (launch->m_supervisor.isEmpty())
        return std::unexpected(Sandbox::availability().reason);
    launch->m_tool = !request.sandboxed;
    const Sandbox *sandbox = launch->m_tool ? nullptr : Sandbox::forThisSystem();
    if (!launch->m_tool && !sandbox && !request.trusted) {
        return std::unexpected(
            QStringLiteral("Duet cannot sandbox programs here, so it did not run this one, from a lesson pack you "
                           "have not trusted. %1 Trust the pack to run its programs without a sandbox (the window "
                           "asks; on the command line, --trust).")
                .arg(Sandbox::availability().reason));
    }
    launch->m_sandboxed = sandbox != nullptr;

    if (!request.sharedFolder.isEmpty() && !request.scratchFiles.isEmpty())
        return std::unexpected(QStringLiteral("a run in a shared folder takes no scratch files"));
    if (!launch->m_tool && request.sharedFolder.isEmpty() && (!sandbox || !request.scratchFiles.isEmpty())) {
        launch->m_scratch = std::make_unique<QTemporaryDir>(QDir::tempPath() + QLatin1String("/duet-run-XXXXXX"));
        if (!launch->m_scratch->isValid())
            return std::unexpected(QStringLiteral("cannot make a scratch folder for the run in %1: %2")
                                       .arg(QDir::tempPath(), launch->m_scratch->errorString()));
        for (const ScratchFile &file : request.scratchFiles) {
            if (!isPlainFileName(file.name))
                return std::unexpected(QStringLiteral("\"%1\" is not a file name for a scratch folder").arg(file.name));
            QFile written(launch->m_scratch->filePath(file.name));
            if (!written.open(QIODevice::WriteOnly) || written.write(file.content) != file.content.size()
                || !written.flush())
                return std::unexpected(
                    QStringLiteral("cannot write %1: %2").arg(written.fileName(), written.errorString()));
        }
    }
    return launch;
}

RunLaunch::~RunLaunch() = default;

QByteArray RunLaunch::command(int statusDescriptor) const
{
    const RunLimits &limits = m_request.limits;
    QByteArray command;
    // The per-process limits, set by the supervisor before it executes the
    // command, so that they hold for everything the run starts.
    appendEntry(command, Protocol::limitEntry, QStringLiteral("as=%1").arg(limits.addressSpaceBytes));
    appendEntry(command, Protocol::limitEntry, QStringLiteral("cpu=%1").arg(limits.cpuSeconds));
    appendEntry(command, Protocol::limitEntry, QStringLiteral("fsize=%1").arg(limits.fileSizeBytes));
    appendEntry(command, Protocol::limitEntry, QStringLiteral("core=0"));
    if (!m_request.outputTerminal.isEmpty())
        appendEntry(command, Protocol::outputEntry, m_request.outputTerminal);
    const QStringList statusOption {QString::fromLatin1(Protocol::statusOption), QString::number(statusDescriptor)};

    QStringList arguments;
    if (m_sandboxed) {
        SandboxRequest confined;
        confined.program = m_program;
        confined.arguments = m_request.arguments;
        confined.supervisor = m_supervisor;
        // Inside its own user namespace the run's processes are counted
        // apart from the learner's others, so RLIMIT_NPROC caps the run.
        confined.supervisorOptions = statusOption
            + QStringList {QString::fromLatin1(Protocol::processesOption), QString::number(limits.processes)};
        if (m_scratch)
            confined.filesFolder = m_scratch->path();
        for (const ScratchFile &file : m_request.scratchFiles)
            confined.scratchFiles.append(file.name);
        confined.readOnlyPaths = m_request.readOnlyPaths;
        confined.sharedFolder = m_request.sharedFolder;
        confined.scratchBytes = limits.fileSizeBytes;
        confined.environment = sandboxEnvironment();
        const SandboxCommand sandboxed = Sandbox::forThisSystem()->command(confined);
        arguments = QStringList {sandboxed.program} + sandboxed.arguments;
    } else {
        if (m_tool && !m_request.workingDirectory.isEmpty())
            appendEntry(command, Protocol::directoryEntry, m_request.workingDirectory);
        if (const QString folder = scratchFolder(); !m_tool && !folder.isEmpty()) {
            // A trusted program without a sandbox: its home and temporary
            // folder are its scratch folder all the same, so it behaves alike.
            appendEntry(command, Protocol::directoryEntry, folder);
            appendEntry(command, Protocol::environmentEntry, QStringLiteral("HOME=") + folder);
            appendEntry(command, Protocol::environmentEntry, QStringLiteral("TMPDIR=") + folder);
        }
        // The waiting supervisor supervises the run itself.
        appendEntry(
            command,
            QByteArrayView(Protocol::superviseSeparator.data(), qsizetype(Protocol::superviseSeparator.size())));
        arguments = statusOption
            + QStringList {QString::fromLatin1(Protocol::parentOption),
                           QString::number(QCoreApplication::applicationPid()), QStringLiteral("--"), m_program}
            + m_request.arguments;
        for (const QString &argument : std::as_const(arguments))
            appendEntry(command, QFile::encodeName(argument));
        return command;
    }
    appendEntry(command,
                QByteArrayView(Protocol::commandSeparator.data(), qsizetype(Protocol::commandSeparator.size())));
    for (const QString &argument : std::as_const(arguments))
        appendEntry(command, QFile::encodeName(argument));
    return command;
}

QString RunLaunch::scratchFolder() const
{
    if (!m_request.sharedFolder.isEmpty())
        return m_request.sharedFolder;
    return m_scratch ? m_scratch->path() : QString();
}

} // namespace Duet
