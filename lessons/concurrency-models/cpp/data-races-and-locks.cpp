#include <atomic>
#include <barrier>
#include <chrono>
#include <mutex>
#include <print>
#include <thread>

constexpr int deposits = 50'000; // per thread

double milliseconds_since(std::chrono::steady_clock::time_point start)
{
    const auto elapsed = std::chrono::steady_clock::now() - start;
    return std::chrono::duration<double, std::milli>(elapsed).count();
}

int main()
{
    // [[lost-update]]
    {
        // Each load and store is atomic, so this is not a data race, only a
        // race condition: the read-then-write as a whole is not atomic.
        std::atomic<int> balance = 0;
        std::barrier both_read{2};
        const auto deposit_unsafely = [&] {
            const int seen = balance.load(); // read
            both_read.arrive_and_wait();     // until both have read
            balance.store(seen + 1);         // write: one is lost
        };
        {
            const std::jthread first{deposit_unsafely};
            const std::jthread second{deposit_unsafely};
        }
        std::println("two unlocked deposits: balance {}", balance.load());
    }
    // [[/lost-update]]

    // [[lock]]
    int balance = 0;
    std::mutex mutex; // guards balance
    const auto deposit = [&] {
        for (int count = 0; count < deposits; ++count) {
            const std::scoped_lock lock{mutex}; // until the pass ends
            ++balance;
        }
    };
    auto start = std::chrono::steady_clock::now();
    {
        const std::jthread first{deposit};
        const std::jthread second{deposit};
    }
    const double locked_ms = milliseconds_since(start);
    std::println("with a lock: balance {}", balance);
    // [[/lock]]

    // [[no-lock]]
    std::atomic<int> total = 0;
    const auto add = [&] {
        for (int count = 0; count < deposits; ++count)
            total.fetch_add(1, std::memory_order_relaxed); // indivisible
    };
    start = std::chrono::steady_clock::now();
    {
        const std::jthread first{add};
        const std::jthread second{add};
    }
    const double lock_free_ms = milliseconds_since(start);
    std::println("without a lock: balance {}", total.load());
    // [[/no-lock]]
    std::println("times: with a lock {:.1f} ms, without {:.1f} ms", locked_ms,
                 lock_free_ms);
}
