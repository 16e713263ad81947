#pragma once

// What Duet and its run supervisor (supervisor/RunSupervisor.cpp) agree on:
// the supervisor's name and options, and the one line it writes to its
// status descriptor when the program it ran has ended. Plain C++, because the
// supervisor links nothing but the C library.

#include <charconv>
#include <optional>
#include <string_view>

namespace Duet::SupervisorProtocol
{

/// The executable, installed beside the built-in demos in libexec/duet/.
inline constexpr std::string_view executableName = "run-supervisor";

/// `--status-fd N`: where the status line goes.
inline constexpr std::string_view statusOption = "--status-fd";
/// `--parent PID`: the supervisor ends the run if that process is gone.
inline constexpr std::string_view parentOption = "--parent";
/// `--processes N`: RLIMIT_NPROC for the run, set inside the sandbox's own
/// user namespace, where the kernel counts only the run's processes.
inline constexpr std::string_view processesOption = "--processes";
/// `--check`: print `checkAnswer` and exit 0, to prove it can run at all.
inline constexpr std::string_view checkOption = "--check";
inline constexpr std::string_view checkAnswer = "run-supervisor ready";

/// `--standby N`: wait for a command on descriptor N, then carry it out:
/// how a run's process is started ahead of time and joins the run's control
/// group while it waits, so that joining (which makes the kernel wait for an
/// RCU grace period, milliseconds) costs no time when the learner clicks Run.
///
/// The command is a list of NUL-terminated strings, read until end of file:
/// entries that prepare the process, then "--", then the argument vector to
/// execute (the sandbox's command line, or the supervisor's own).
inline constexpr std::string_view standbyOption = "--standby";
/// `--join N` (with --standby, repeatable): an open cgroup.procs file of
/// the run's control group, to join before anything else.
inline constexpr std::string_view joinOption = "--join";
/// `limit:as=N`, `limit:cpu=N`, `limit:fsize=N`, `limit:core=N`: rlimits.
inline constexpr std::string_view limitEntry = "limit:";
/// `cd=PATH`: the working directory.
inline constexpr std::string_view directoryEntry = "cd=";
/// `env=NAME=VALUE`: an environment variable to set.
inline constexpr std::string_view environmentEntry = "env=";
/// `stdout=PATH`: a pseudo-terminal's far end (/dev/pts/N) to open as the
/// command's standard output, so that the program flushes each line; the
/// standby was started before the terminal existed, so it opens it itself.
inline constexpr std::string_view outputEntry = "stdout=";
inline constexpr std::string_view commandSeparator = "--";
/// In place of "--": what follows are the supervisor's own options and
/// program, and the standby supervises the run itself instead of executing.
inline constexpr std::string_view superviseSeparator = "--supervise";

/// How the program ended, as the status line tells it:
/// "exit 3", "signal 11", "stopped 15" (the supervisor was told to end the
/// run), "failed 2" (the program could not be started; an errno value).
/// A standby supervisor first writes "ready 0" once it is in the run's
/// control group and waits for its command.
struct Status {
    enum class Kind { Exited, Signalled, Stopped, FailedToStart, Ready };
    Kind kind = Kind::Exited;
    int value = 0;
};

[[nodiscard]] inline std::optional<Status> parseStatus(std::string_view line)
{
    while (!line.empty() && (line.back() == '\n' || line.back() == ' '))
        line.remove_suffix(1);
    const auto space = line.find(' ');
    if (space == std::string_view::npos)
        return std::nullopt;
    const std::string_view word = line.substr(0, space);
    const std::string_view number = line.substr(space + 1);
    Status status;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), status.value);
    if (error != std::errc {} || end != number.data() + number.size())
        return std::nullopt;
    if (word == "exit")
        status.kind = Status::Kind::Exited;
    else if (word == "signal")
        status.kind = Status::Kind::Signalled;
    else if (word == "stopped")
        status.kind = Status::Kind::Stopped;
    else if (word == "failed")
        status.kind = Status::Kind::FailedToStart;
    else if (word == "ready")
        status.kind = Status::Kind::Ready;
    else
        return std::nullopt;
    return status;
}

} // namespace Duet::SupervisorProtocol
