#include <algorithm>
#include <array>
#include <barrier>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <numeric>
#include <optional>
#include <print>
#include <stdexcept>
#include <stop_token>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace std::chrono_literals;

// [[group]]
// Runs tasks on threads that all end inside its scope. The first task to
// throw asks the others to stop, through the stop token they are given, and
// wait() rethrows its exception once every thread has ended.
class TaskGroup
{
public:
    TaskGroup() = default;
    TaskGroup(const TaskGroup &) = delete;
    TaskGroup &operator=(const TaskGroup &) = delete;
    // Asks the tasks to stop; then m_threads, the last member and so the
    // first destroyed, joins them.
    ~TaskGroup() { m_stop.request_stop(); }

    template <typename Function>
    void spawn(Function function)
    {
        m_threads.emplace_back([this, function = std::move(function)] {
            try {
                function(m_stop.get_token());
            } catch (...) {
                const std::scoped_lock lock{m_mutex};
                if (!m_error)
                    m_error = std::current_exception();
                m_stop.request_stop();
            }
        });
    }

    void wait()
    {
        for (auto &thread : m_threads)
            thread.join();
        m_threads.clear();
        if (m_error)
            std::rethrow_exception(std::exchange(m_error, nullptr));
    }

private:
    std::stop_source m_stop;
    std::mutex m_mutex;
    std::exception_ptr m_error;
    std::vector<std::jthread> m_threads;
};
// [[/group]]

// [[cancelled]]
std::mutex cancelled_mutex;
std::vector<std::string> cancelled;
// [[/cancelled]]

// [[fetch]]
// Sleeps for `duration`, unless a stop is requested first; says whether it
// slept it all.
bool sleep_for(std::stop_token token, std::chrono::milliseconds duration)
{
    std::mutex mutex;
    std::condition_variable_any wake;
    std::unique_lock lock{mutex};
    wake.wait_for(lock, token, duration, [] { return false; });
    return !token.stop_requested();
}

std::optional<std::string> fetch(std::stop_token token,
                                 const std::string &name,
                                 std::chrono::milliseconds wait,
                                 bool fail = false)
{
    if (!sleep_for(token, wait)) { // stands in for waiting on the network
        const std::scoped_lock lock{cancelled_mutex};
        cancelled.push_back(name);
        return std::nullopt;
    }
    if (fail)
        throw std::runtime_error(name + ": malformed reply");
    return name + " ok";
}
// [[/fetch]]

int main()
{
    // [[group]]
    std::array<std::optional<std::string>, 3> results;
    {
        TaskGroup group;
        group.spawn([&](std::stop_token token) {
            results[0] = fetch(token, "prices", 30ms);
        });
        group.spawn([&](std::stop_token token) {
            results[1] = fetch(token, "stock", 20ms);
        });
        group.spawn([&](std::stop_token token) {
            results[2] = fetch(token, "reviews", 10ms);
        });
        group.wait(); // every task has ended: all results are here
    }
    const auto &[prices, stock, reviews] = results;
    std::println("all done: {}, {}, {}", *prices, *stock, *reviews);
    // [[/group]]

    // [[failure]]
    try {
        TaskGroup group;
        group.spawn([](std::stop_token stop) { fetch(stop, "prices", 10s); });
        group.spawn([](std::stop_token stop) { fetch(stop, "stock", 10s); });
        group.spawn([](std::stop_token stop) {
            fetch(stop, "reviews", 10ms, true); // fails after 10 ms
        });
        group.wait();
    } catch (const std::runtime_error &failure) {
        std::println("group failed: {}", failure.what());
    }
    std::ranges::sort(cancelled);
    std::println("cancelled when it failed: {}, {}", cancelled[0],
                 cancelled[1]);
    // [[/failure]]

    // [[rounds]]
    std::array<std::array<int, 3>, 2> parts{};
    int round = 0;
    // The completion function runs once per round, after all three threads
    // have arrived and before any of them goes on.
    const auto report_round = [&]() noexcept {
        const auto &part = parts[round];
        const int total = std::reduce(part.begin(), part.end());
        std::println("round {}: total {}", round + 1, total);
        ++round;
    };
    std::barrier sync{3, report_round};
    {
        TaskGroup group;
        for (int worker = 0; worker < 3; ++worker) {
            group.spawn([&, worker](std::stop_token) {
                for (int turn = 0; turn < 2; ++turn) {
                    parts[turn][worker] = (worker + 1) * (turn + 1);
                    sync.arrive_and_wait();
                }
            });
        }
        group.wait();
    }
    // [[/rounds]]
}
