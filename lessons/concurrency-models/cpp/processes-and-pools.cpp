#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <future>
#include <numeric>
#include <print>
#include <thread>
#include <utility>
#include <vector>

std::atomic<int> tasks_run = 0; // one counter, shared by every thread

// [[work]]
// How many primes lie in [start, stop), by trial division.
int count_primes(std::pair<int, int> bounds)
{
    ++tasks_run; // an atomic increment: threads share this counter
    const auto [start, stop] = bounds;
    int count = 0;
    for (int n = std::max(start, 2); n < stop; ++n) {
        bool prime = true;
        for (int divisor = 2; divisor * divisor <= n && prime; ++divisor)
            prime = n % divisor != 0;
        count += prime ? 1 : 0;
    }
    return count;
}
// [[/work]]

// [[pool]]
// Applies function to every input on `workers` threads; the results keep
// the inputs' order.
template <typename Function, typename Input>
auto parallel_map(Function function, const std::vector<Input> &inputs,
                  int workers)
{
    std::vector<decltype(function(inputs.front()))> results(inputs.size());
    std::atomic<std::size_t> next = 0;
    {
        std::vector<std::jthread> pool;
        for (int worker = 0; worker < workers; ++worker) {
            pool.emplace_back([&] {
                // Claim the next index; each index has exactly one writer.
                for (auto i = next++; i < inputs.size(); i = next++)
                    results[i] = function(inputs[i]);
            });
        }
    } // the pool's threads are joined here
    return results;
}
// [[/pool]]

int main()
{
    std::vector<std::pair<int, int>> chunks;
    for (int index = 0; index < 8; ++index)
        chunks.emplace_back(index * 5'000, (index + 1) * 5'000);
    // [[pool]]
    const int workers = 2; // the pool's size: two worker threads
    // [[/pool]]

    // [[submit]]
    const auto started = std::chrono::steady_clock::now();
    const std::pair below_ten{0, 10};
    auto first = std::async(std::launch::async, count_primes, below_ten);
    std::println("primes below 10: {}", first.get());
    const std::chrono::duration<double, std::milli> start_up
        = std::chrono::steady_clock::now() - started;
    // [[/submit]]
    // [[map]]
    const auto counts = parallel_map(count_primes, chunks, workers);
    // [[/map]]
    for (std::size_t index = 0; index < chunks.size(); ++index)
        std::println("primes in [{}, {}): {}", chunks[index].first,
                     chunks[index].second, counts[index]);
    std::println("total: {}", std::reduce(counts.begin(), counts.end()));
    // [[report]]
    std::println("first result after {:.1f} ms", start_up.count());
    std::println("tasks counted by the main program: {}", tasks_run.load());
    // [[/report]]
}
