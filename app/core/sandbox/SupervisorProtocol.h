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

/// How the program ended, as the status line tells it:
/// "exit 3", "signal 11", "stopped 15" (the supervisor was told to end the
/// run), "failed 2" (the program could not be started; an errno value).
struct Status {
    enum class Kind { Exited, Signalled, Stopped, FailedToStart };
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
    else
        return std::nullopt;
    return status;
}

} // namespace Duet::SupervisorProtocol
