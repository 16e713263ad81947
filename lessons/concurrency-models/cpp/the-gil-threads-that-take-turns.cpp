#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <print>
#include <thread>
#include <vector>

// [[work]]
// Total steps for every n in [start, stop) to reach 1 by n -> n/2 or 3n+1.
std::uint64_t collatz_steps(std::uint64_t start, std::uint64_t stop)
{
    std::uint64_t total = 0;
    for (std::uint64_t n = start; n < stop; ++n) {
        for (std::uint64_t value = n; value != 1; ++total)
            value = value % 2 == 0 ? value / 2 : 3 * value + 1;
    }
    return total;
}
// [[/work]]

// Twenty times Python's range: the same work takes C++ about a fiftieth of
// the time, and the clock needs something to measure.
constexpr std::uint64_t limit = 200'000;
constexpr std::uint64_t middle = limit / 2; // splits [1, limit) in two

std::uint64_t one_thread()
{
    return collatz_steps(1, middle) + collatz_steps(middle, limit);
}

// [[threads]]
std::uint64_t two_threads()
{
    std::array<std::uint64_t, 2> results{};
    {
        const std::jthread first{
            [&] { results[0] = collatz_steps(1, middle); }};
        const std::jthread second{
            [&] { results[1] = collatz_steps(middle, limit); }};
    } // both threads are joined here, so their results are ready
    return results[0] + results[1];
}
// [[/threads]]

// [[measure]]
struct Run {
    double wall_ms;
    double cpu_ms; // all threads of the process together
    std::uint64_t result;
};

// Runs job three times; returns the fastest run.
Run fastest(auto job)
{
    std::vector<Run> runs;
    for (int sample = 0; sample < 3; ++sample) {
        const auto wall = std::chrono::steady_clock::now();
        const std::clock_t cpu = std::clock();
        const std::uint64_t result = job();
        const std::chrono::duration<double, std::milli> wall_ms
            = std::chrono::steady_clock::now() - wall;
        const double cpu_ms = 1000.0 * (std::clock() - cpu) / CLOCKS_PER_SEC;
        runs.push_back({wall_ms.count(), cpu_ms, result});
    }
    return std::ranges::min(runs, {}, &Run::wall_ms);
}
// [[/measure]]

int main()
{
    // [[report]]
    const Run one = fastest(one_thread);
    const Run two = fastest(two_threads);
    std::println("work: Collatz steps for 1..{} in 2 halves", limit - 1);
    std::println("both ways agree: {}",
                 one.result == two.result ? "yes" : "no");
    std::println("one thread:  {:.1f} ms (fastest of 3, wall time)",
                 one.wall_ms);
    std::println(
        "two threads: {:.1f} ms (fastest of 3, wall time), {:.1f} cores busy",
        two.wall_ms, two.cpu_ms / two.wall_ms);
    const double speedup = one.wall_ms / two.wall_ms;
    std::println("speed-up {:.2f}x: {}", speedup,
                 speedup >= 1.3 ? "the threads ran in parallel"
                                : "no real gain, the threads took turns");
    // [[/report]]
}
