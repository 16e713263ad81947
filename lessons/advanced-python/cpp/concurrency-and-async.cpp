#include <chrono>
#include <format>
#include <future>
#include <print>
#include <string>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

// [[fetch]]
std::string fetch(std::string name, std::chrono::milliseconds wait)
{
    std::this_thread::sleep_for(wait); // stands in for waiting on the network
    return std::format("{} ({:.1f} s)", name, std::chrono::duration<double>(wait).count());
}
// [[/fetch]]

int main()
{
    const auto start = std::chrono::steady_clock::now();
    // [[gather]]
    std::vector<std::future<std::string>> pending;
    pending.push_back(std::async(std::launch::async, fetch, "prices", 300ms));
    pending.push_back(std::async(std::launch::async, fetch, "stock", 200ms));
    pending.push_back(std::async(std::launch::async, fetch, "reviews", 100ms));
    std::vector<std::string> results;
    for (auto &future : pending)
        results.push_back(future.get());
    // [[/gather]]
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    for (const auto &result : results)
        std::println("fetched {}", result);
    // [[overlap]]
    const double total = 0.3 + 0.2 + 0.1;
    std::println("one after another: {:.1f} s", total);
    std::println("together: {:.1f} s", elapsed.count());
    std::println("waits overlapped: {}", elapsed.count() < total ? "True" : "False");
    // [[/overlap]]
}
