#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <format>
#include <mutex>
#include <optional>
#include <print>
#include <semaphore>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace std::chrono_literals;

// [[queue]]
// A queue of at most `capacity` items: put() waits for room, get() for one.
template <typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity{capacity}
    { }

    void put(T item)
    {
        std::unique_lock lock{m_mutex};
        m_notFull.wait(lock, [&] { return m_items.size() < m_capacity; });
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
    }

    T get()
    {
        std::unique_lock lock{m_mutex};
        m_notEmpty.wait(lock, [&] { return !m_items.empty(); });
        return take();
    }

    // Like get(), but gives up after `timeout`.
    std::optional<T> get(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock{m_mutex};
        if (!m_notEmpty.wait_for(lock, timeout,
                                 [&] { return !m_items.empty(); }))
            return std::nullopt;
        return take();
    }

private:
    T take() // called with m_mutex held
    {
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<T> m_items;
    std::size_t m_capacity;
};
// [[/queue]]

int main()
{
    // [[pipeline]]
    // [[queue]]
    BoundedQueue<std::optional<int>> jobs{2}; // nullopt: "no more jobs"
    // [[/queue]]
    std::mutex results_mutex;
    std::vector<int> results;
    const auto consume = [&] {
        while (const std::optional<int> job = jobs.get()) {
            const std::scoped_lock lock{results_mutex};
            results.push_back(*job * *job);
        }
    };
    {
        const std::jthread first{consume};
        const std::jthread second{consume};
        for (int job = 1; job <= 8; ++job)
            jobs.put(job); // waits whenever two jobs are already queued
        jobs.put(std::nullopt);
        jobs.put(std::nullopt); // one stop signal per consumer
    }
    std::ranges::sort(results); // finishing order varies; sorted, it does not
    std::string squares;
    for (const int square : results)
        squares += std::format("{}{}", squares.empty() ? "" : " ", square);
    std::println("squares: {}", squares);
    // [[/pipeline]]

    // [[empty]]
    BoundedQueue<int> idle{2};
    const auto started = std::chrono::steady_clock::now();
    if (!idle.get(100ms)) {
        const auto waited = std::chrono::steady_clock::now() - started;
        std::println("waiting on an empty queue: gave up after 100 ms "
                     "(at least 100 ms passed: {})",
                     waited >= 100ms ? "yes" : "no");
    }
    // [[/empty]]

    // [[semaphore]]
    std::counting_semaphore<2> slots{2}; // two downloads at a time
    std::mutex count_mutex;
    int active = 0;
    int most_active = 0;
    const auto download = [&] {
        slots.acquire();
        {
            const std::scoped_lock lock{count_mutex};
            most_active = std::max(most_active, ++active);
        }
        std::this_thread::sleep_for(20ms); // stands in for the transfer
        {
            const std::scoped_lock lock{count_mutex};
            --active;
        }
        slots.release();
    };
    {
        std::vector<std::jthread> downloads;
        for (int count = 0; count < 4; ++count)
            downloads.emplace_back(download);
    }
    std::println("four downloads, never more than two at once: {}",
                 most_active <= 2 ? "yes" : "no");
    // [[/semaphore]]
}
