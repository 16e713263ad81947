#include "RunLaunch.h"

#include "RunLogging.h"
#include "core/sandbox/ControlGroupPlace.h"
#include "core/sandbox/RunControlGroup.h"
#include "core/sandbox/Sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <fcntl.h>
#include <unistd.h>

namespace Duet
{

namespace
{

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

/// An absolute path for the supervisor's execv, which searches no PATH.
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

} // namespace

std::expected<std::unique_ptr<RunLaunch>, QString> RunLaunch::prepare(const Request &request)
{
    std::unique_ptr<RunLaunch> launch(new RunLaunch);
    const QString program = absoluteProgram(request.program);
    // Duet's own tools (the compilers) run as they are: no sandbox, no
    // scratch folder, no caps beyond their rlimits.
    const bool tool = !request.sandboxed;
    const Sandbox *sandbox = tool ? nullptr : Sandbox::forThisSystem();
    if (!tool && !sandbox && !request.trusted) {
        return std::unexpected(
            QStringLiteral("Duet cannot sandbox programs here, so it did not run this one, from a lesson pack you "
                           "have not trusted. %1 Trust the pack to run its programs without a sandbox (the window "
                           "asks; on the command line, --trust).")
                .arg(Sandbox::availability().reason));
    }
    launch->m_sandboxed = sandbox != nullptr;

    if (!tool && (!sandbox || !request.scratchFiles.isEmpty())) {
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

    if (!tool) {
        const ControlGroupPlace &place = ControlGroupPlace::forThisProcess();
        QString problem;
        launch->m_controlGroup
            = RunControlGroup::create(place, request.limits.processes, request.limits.memoryBytes, &problem);
        if (!launch->m_controlGroup && place.isUsable())
            qCWarning(lcRun).noquote() << "this run has no control group of its own:" << problem;
    }

    const QString supervisor = Sandbox::supervisorExecutable();
    if (!supervisor.isEmpty()) {
        int descriptors[2];
        if (pipe2(descriptors, O_CLOEXEC) != 0)
            return std::unexpected(QStringLiteral("cannot make a pipe for the run"));
        launch->m_statusRead = descriptors[0];
        launch->m_statusWrite = descriptors[1];
        fcntl(launch->m_statusRead, F_SETFL, O_NONBLOCK);
        launch->m_supervised = true;
    }
    const QStringList statusOption {QString::fromLatin1(SupervisorProtocol::statusOption),
                                    QString::number(launch->m_statusWrite)};

    if (sandbox) {
        SandboxRequest confined;
        confined.program = program;
        confined.arguments = request.arguments;
        confined.supervisor = supervisor;
        // Inside its own user namespace the run's processes are counted
        // apart from the learner's others, so RLIMIT_NPROC caps the run.
        confined.supervisorOptions = statusOption
            + QStringList {QString::fromLatin1(SupervisorProtocol::processesOption),
                           QString::number(request.limits.processes)};
        if (launch->m_scratch)
            confined.filesFolder = launch->m_scratch->path();
        for (const ScratchFile &file : request.scratchFiles)
            confined.scratchFiles.append(file.name);
        confined.readOnlyPaths = request.readOnlyPaths;
        confined.scratchBytes = request.limits.fileSizeBytes;
        confined.environment = sandboxEnvironment();
        const SandboxCommand command = sandbox->command(confined);
        launch->m_program = command.program;
        launch->m_arguments = command.arguments;
        launch->m_workingDirectory = QStringLiteral("/");
        return launch;
    }

    if (launch->m_supervised) {
        launch->m_program = supervisor;
        launch->m_arguments = statusOption
            + QStringList {QString::fromLatin1(SupervisorProtocol::parentOption),
                           QString::number(QCoreApplication::applicationPid()), QStringLiteral("--"), program}
            + request.arguments;
    } else {
        launch->m_program = program;
        launch->m_arguments = request.arguments;
    }
    if (tool) {
        launch->m_workingDirectory = request.workingDirectory;
    } else {
        // A trusted program without a sandbox: its home and temporary
        // folder are its scratch folder all the same, so it behaves alike.
        launch->m_workingDirectory = launch->m_scratch->path();
        launch->m_environment = QProcessEnvironment::systemEnvironment();
        launch->m_environment.insert(QStringLiteral("HOME"), launch->m_scratch->path());
        launch->m_environment.insert(QStringLiteral("TMPDIR"), launch->m_scratch->path());
    }
    return launch;
}

RunLaunch::~RunLaunch()
{
    if (m_statusRead >= 0)
        ::close(m_statusRead);
    closeStatusDescriptor();
}

QList<int> RunLaunch::joinDescriptors() const
{
    return m_controlGroup ? m_controlGroup->joinDescriptors() : QList<int>();
}

void RunLaunch::closeStatusDescriptor()
{
    if (m_statusWrite >= 0)
        ::close(m_statusWrite);
    m_statusWrite = -1;
}

std::optional<SupervisorProtocol::Status> RunLaunch::takeStatus()
{
    if (m_statusRead < 0)
        return std::nullopt;
    char line[64];
    const ssize_t length = ::read(m_statusRead, line, sizeof line);
    if (length <= 0)
        return std::nullopt;
    return SupervisorProtocol::parseStatus(std::string_view(line, std::size_t(length)));
}

QString RunLaunch::scratchFolder() const
{
    return m_scratch ? m_scratch->path() : QString();
}

} // namespace Duet
