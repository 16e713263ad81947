// run-supervisor: starts one program for Duet, waits for it, ends
// everything it started, and writes one line saying exactly how it ended.
//
//   run-supervisor --status-fd N [--parent PID] [--processes N] -- PROGRAM [ARGUMENT...]
//   run-supervisor --standby C --status-fd N [--join G]...
//   run-supervisor --check
//
// With --standby it joins the run's control group (by writing to each
// cgroup.procs descriptor G), waits for a command on descriptor C (see
// SupervisorProtocol.h), sets the limits, folder and environment it names
// and executes it: Duet starts it ahead of a run, and sends it the run's
// command line when the learner clicks Run.
//
// Duet runs it in two places. Inside a bubblewrap sandbox it is PID 1 of the
// run's own PID namespace: when it exits, the kernel ends every process left
// in the namespace, however it detached itself. Outside a sandbox (compilers,
// and programs the learner chose to trust where no sandbox can be made) it
// is a child subreaper: whatever the program leaves behind is re-parented to
// it, and it ends all of it before it exits. Either way a run ends
// completely and Duet never has to signal a process ID it did not start.
//
// It exists as its own small executable, linking nothing but the C library,
// because a sandbox's init and the line reporting a program's status must be
// a process that outlives the program: bubblewrap itself reports a program
// killed by signal N as if it had exited with 128 + N.
//
// SIGTERM, SIGINT or SIGHUP tell it to end the run; it reports "stopped".
// Descriptors other than 0, 1, 2 and the status descriptor are closed at
// once, and the status descriptor is closed on exec: the program inherits
// only its three standard streams.

#include "../SupervisorProtocol.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <print>
#include <string>
#include <string_view>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace
{

namespace Protocol = Duet::SupervisorProtocol;

/// The supervisor's own failures (bad options, no fork): distinct from any
/// status the program could have, and reported on stderr.
constexpr int supervisorFailure = 125;

struct Options {
    int statusDescriptor = -1;
    int standbyDescriptor = -1;
    std::vector<int> joinDescriptors;
    pid_t parent = 0;
    long processes = 0;
    bool check = false;
    char **program = nullptr;
};

[[noreturn]] void fail(const char *what)
{
    std::println(stderr, "run-supervisor: {}", what);
    std::_Exit(supervisorFailure);
}

long wholeNumber(const char *text)
{
    char *end = nullptr;
    errno = 0;
    const long value = std::strtol(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || value < 0)
        fail("an option needs a whole number");
    return value;
}

Options parseOptions(int argc, char **argv)
{
    Options options;
    for (int index = 1; index < argc; ++index) {
        const std::string_view option = argv[index];
        if (option == Protocol::checkOption) {
            options.check = true;
        } else if (option == "--") {
            options.program = argv + index + 1;
            break;
        } else if (index + 1 < argc && option == Protocol::statusOption) {
            options.statusDescriptor = int(wholeNumber(argv[++index]));
        } else if (index + 1 < argc && option == Protocol::joinOption) {
            options.joinDescriptors.push_back(int(wholeNumber(argv[++index])));
        } else if (index + 1 < argc && option == Protocol::standbyOption) {
            options.standbyDescriptor = int(wholeNumber(argv[++index]));
        } else if (index + 1 < argc && option == Protocol::parentOption) {
            options.parent = pid_t(wholeNumber(argv[++index]));
        } else if (index + 1 < argc && option == Protocol::processesOption) {
            options.processes = wholeNumber(argv[++index]);
        } else {
            fail("unknown option; usage: run-supervisor --status-fd N [--parent PID] [--processes N] -- PROGRAM...");
        }
    }
    if (!options.check && options.standbyDescriptor < 0
        && (options.program == nullptr || options.program[0] == nullptr))
        fail("no program given after --");
    if (!options.check && options.statusDescriptor < 3)
        fail("--status-fd needs a descriptor above 2");
    return options;
}

/// Closes every descriptor but the standard streams and those in `keep`.
void closeOtherDescriptors(std::vector<int> keep)
{
    std::ranges::sort(keep);
    unsigned first = 3;
    for (const int kept : keep) {
        if (kept < int(first))
            continue;
        if (unsigned(kept) > first)
            close_range(first, unsigned(kept) - 1, 0);
        first = unsigned(kept) + 1;
    }
    close_range(first, ~0U, 0);
}

void reportStatus(int descriptor, std::string_view kind, int value)
{
    std::array<char, 48> line {};
    const int length = std::snprintf(line.data(), line.size(), "%.*s %d\n", int(kind.size()), kind.data(), value);
    if (length > 0 && write(descriptor, line.data(), std::size_t(length)) < 0)
        std::println(stderr, "run-supervisor: cannot report the status: {}", std::strerror(errno));
}

/// This process's children, running or not yet reaped.
std::vector<pid_t> children()
{
    std::vector<pid_t> found;
    std::array<char, 64> path {};
    std::snprintf(path.data(), path.size(), "/proc/self/task/%d/children", int(getpid()));
    if (std::FILE *file = std::fopen(path.data(), "re")) {
        int pid = 0;
        while (std::fscanf(file, "%d", &pid) == 1)
            found.push_back(pid_t(pid));
        std::fclose(file);
        return found;
    }
    // Kernels built without CONFIG_PROC_CHILDREN: every process's parent.
    DIR *proc = opendir("/proc");
    if (!proc)
        return found;
    while (const dirent *entry = readdir(proc)) {
        char *end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (*end != '\0' || pid <= 0)
            continue;
        std::snprintf(path.data(), path.size(), "/proc/%ld/stat", pid);
        std::FILE *stat = std::fopen(path.data(), "re");
        if (!stat)
            continue;
        std::array<char, 1024> text {};
        const std::size_t length = std::fread(text.data(), 1, text.size() - 1, stat);
        std::fclose(stat);
        text[length] = '\0';
        // "pid (name) state ppid ...": the name may hold spaces and parentheses.
        const char *close = std::strrchr(text.data(), ')');
        char state = 0;
        int parent = 0;
        if (close && std::sscanf(close + 1, " %c %d", &state, &parent) == 2 && parent == getpid())
            found.push_back(pid_t(pid));
    }
    closedir(proc);
    return found;
}

/// Kills and reaps every descendant. Only children are ever signalled, and
/// a child's PID cannot be reused before it is reaped, so no unrelated
/// process is ever hit. Orphans of a killed child become this subreaper's
/// children before that child can be reaped, so the next round finds them.
void endDescendants()
{
    for (;;) {
        const std::vector<pid_t> found = children();
        if (found.empty()) {
            while (waitpid(-1, nullptr, WNOHANG) > 0) { }
            if (children().empty())
                return;
            continue;
        }
        for (const pid_t pid : found)
            kill(pid, SIGKILL);
        for (const pid_t pid : found) {
            while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) { }
        }
    }
}

[[noreturn]] void execute(char **program, const sigset_t &originalMask, int errorPipe)
{
    // The program starts as if from a shell: default signal handling, the
    // mask Duet gave us, its own three streams.
    for (int signal = 1; signal < NSIG; ++signal) {
        if (signal != SIGKILL && signal != SIGSTOP)
            std::signal(signal, SIG_DFL);
    }
    sigprocmask(SIG_SETMASK, &originalMask, nullptr);
    execv(program[0], program);
    const int error = errno;
    [[maybe_unused]] const ssize_t written = write(errorPipe, &error, sizeof error);
    _exit(127);
}

/// Reads the whole command Duet sends a standby supervisor.
std::string readCommand(int control)
{
    std::string command;
    std::array<char, 4096> buffer {};
    for (;;) {
        const ssize_t got = read(control, buffer.data(), buffer.size());
        if (got > 0)
            command.append(buffer.data(), std::size_t(got));
        else if (got == 0 || errno != EINTR)
            break;
    }
    return command;
}

bool applyLimit(std::string_view entry)
{
    const auto equals = entry.find('=');
    if (equals == std::string_view::npos)
        return false;
    const std::string_view name = entry.substr(0, equals);
    const std::string value(entry.substr(equals + 1));
    int resource = -1;
    if (name == "as")
        resource = RLIMIT_AS;
    else if (name == "cpu")
        resource = RLIMIT_CPU;
    else if (name == "fsize")
        resource = RLIMIT_FSIZE;
    else if (name == "core")
        resource = RLIMIT_CORE;
    if (resource < 0)
        return false;
    const auto limit = rlim_t(wholeNumber(value.c_str()));
    const rlimit both {limit, limit};
    return setrlimit(resource, &both) == 0;
}

int supervise(const Options &options);

/// Joins the run's control group, waits for the command on `control`,
/// prepares what it names and executes it, or supervises the run itself;
/// returns only when it cannot, or when the run it supervised has ended.
int standby(int control, int status, const std::vector<int> &groups)
{
    std::vector<int> kept = groups;
    kept.push_back(control);
    kept.push_back(status);
    closeOtherDescriptors(kept);
    fcntl(control, F_SETFD, FD_CLOEXEC);
    // Duet gone before it sent anything: nothing to run.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    // Into the run's control group before anything of the run exists, so
    // that it holds everything the run will ever start.
    for (const int group : groups) {
        if (write(group, "0", 1) != 1) {
            const int error = errno;
            std::println(stderr, "run-supervisor: cannot join the run's control group: {}", std::strerror(error));
            reportStatus(status, "failed", error);
            return 127;
        }
        close(group);
    }
    reportStatus(status, "ready", 0);
    std::string command = readCommand(control);
    close(control);
    if (command.empty())
        return 0;
    std::vector<char *> arguments;
    bool executing = false;
    bool supervising = false;
    for (std::size_t start = 0; start < command.size();) {
        const std::size_t end = command.find('\0', start);
        if (end == std::string::npos)
            break;
        char *entry = command.data() + start;
        const std::string_view text(entry, end - start);
        start = end + 1;
        if (executing) {
            arguments.push_back(entry);
        } else if (text == Protocol::commandSeparator) {
            executing = true;
        } else if (text == Protocol::superviseSeparator) {
            executing = true;
            supervising = true;
        } else if (text.starts_with(Protocol::limitEntry)) {
            if (!applyLimit(text.substr(Protocol::limitEntry.size())))
                fail("cannot set a limit of the command");
        } else if (text.starts_with(Protocol::directoryEntry)) {
            if (chdir(entry + Protocol::directoryEntry.size()) != 0) {
                reportStatus(status, "failed", errno);
                return 127;
            }
        } else if (text.starts_with(Protocol::environmentEntry)) {
            putenv(entry + Protocol::environmentEntry.size());
        } else if (text.starts_with(Protocol::outputEntry)) {
            const int terminal = open(entry + Protocol::outputEntry.size(), O_WRONLY | O_NOCTTY);
            if (terminal < 0 || dup2(terminal, STDOUT_FILENO) < 0) {
                reportStatus(status, "failed", errno);
                return 127;
            }
            if (terminal != STDOUT_FILENO)
                close(terminal);
        } else {
            fail("unknown entry in the command");
        }
    }
    if (arguments.empty())
        fail("the command names no program");
    if (supervising) {
        // Supervise the run from this very process: one program fewer to
        // start than executing a supervisor anew.
        std::string name(Protocol::executableName);
        arguments.insert(arguments.begin(), name.data());
        arguments.push_back(nullptr);
        return supervise(parseOptions(int(arguments.size()) - 1, arguments.data()));
    }
    arguments.push_back(nullptr);
    // Default signal handling and an empty mask for what runs next.
    for (int signal = 1; signal < NSIG; ++signal) {
        if (signal != SIGKILL && signal != SIGSTOP)
            std::signal(signal, SIG_DFL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    execv(arguments.front(), arguments.data());
    reportStatus(status, "failed", errno);
    return 127;
}

int supervise(const Options &options)
{
    const int status = options.statusDescriptor;
    closeOtherDescriptors({status});
    if (fcntl(status, F_SETFD, FD_CLOEXEC) != 0)
        fail("the status descriptor is not open");

    const bool init = getpid() == 1;
    if (!init) {
        prctl(PR_SET_CHILD_SUBREAPER, 1);
        // Duet gone (even killed) means the run ends too.
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (options.parent > 0 && getppid() != options.parent)
            return supervisorFailure;
    }

    sigset_t handled;
    sigemptyset(&handled);
    for (const int signal : {SIGCHLD, SIGTERM, SIGINT, SIGHUP, SIGQUIT})
        sigaddset(&handled, signal);
    sigset_t originalMask;
    sigprocmask(SIG_BLOCK, &handled, &originalMask);
    const int signals = signalfd(-1, &handled, SFD_CLOEXEC);
    if (signals < 0)
        fail("cannot make a signalfd");

    if (options.processes > 0) {
        const rlimit limit {rlim_t(options.processes), rlim_t(options.processes)};
        if (setrlimit(RLIMIT_NPROC, &limit) != 0) {
            reportStatus(status, "failed", errno);
            return 127;
        }
    }

    std::array<int, 2> errorPipe {};
    if (pipe2(errorPipe.data(), O_CLOEXEC) != 0)
        fail("cannot make a pipe");
    const pid_t program = fork();
    if (program < 0) {
        reportStatus(status, "failed", errno);
        return 127;
    }
    if (program == 0)
        execute(options.program, originalMask, errorPipe[1]);
    close(errorPipe[1]);
    int execError = 0;
    ssize_t got = 0;
    while ((got = read(errorPipe[0], &execError, sizeof execError)) < 0 && errno == EINTR) { }
    close(errorPipe[0]);
    if (got == ssize_t(sizeof execError)) {
        waitpid(program, nullptr, 0);
        reportStatus(status, "failed", execError);
        return 127;
    }

    int programStatus = 0;
    int stopSignal = 0;
    for (bool ended = false; !ended;) {
        signalfd_siginfo info {};
        if (read(signals, &info, sizeof info) != ssize_t(sizeof info)) {
            if (errno == EINTR)
                continue;
            fail("cannot read signals");
        }
        if (info.ssi_signo != SIGCHLD) {
            stopSignal = int(info.ssi_signo);
            break;
        }
        // One SIGCHLD may stand for several children: reap them all, the
        // program's status kept, orphans' discarded.
        int childStatus = 0;
        for (pid_t pid = 0; (pid = waitpid(-1, &childStatus, WNOHANG)) > 0;) {
            if (pid == program) {
                programStatus = childStatus;
                ended = true;
            }
        }
    }

    // In a sandbox's PID namespace the kernel ends the rest when PID 1 exits.
    if (!init)
        endDescendants();
    if (stopSignal != 0) {
        reportStatus(status, "stopped", stopSignal);
        return 128 + stopSignal;
    }
    if (WIFSIGNALED(programStatus)) {
        reportStatus(status, "signal", WTERMSIG(programStatus));
        return 128 + WTERMSIG(programStatus);
    }
    reportStatus(status, "exit", WEXITSTATUS(programStatus));
    return WEXITSTATUS(programStatus);
}

} // namespace

int main(int argc, char **argv)
{
    try {
        const Options options = parseOptions(argc, argv);
        if (options.check) {
            std::println("{}", Protocol::checkAnswer);
            return 0;
        }
        if (options.standbyDescriptor >= 0)
            return standby(options.standbyDescriptor, options.statusDescriptor, options.joinDescriptors);
        return supervise(options);
    } catch (...) {
        // Out of memory, most likely. Inside a sandbox the PID namespace
        // still ends the run; outside one, what the program started may
        // outlive it.
        std::fputs("run-supervisor: failed\n", stderr);
        return supervisorFailure;
    }
}
