#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <format>
#include <functional>
#include <future>
#include <latch>
#include <mutex>
#include <print>
#include <ranges>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

// [[latency]]
// A local stand-in for the network: how long each address takes to answer.
struct Endpoint {
    std::string_view url;
    std::chrono::milliseconds latency;
};
constexpr std::array<Endpoint, 3> network{{
    {"https://shop.example/prices", 300ms},
    {"https://shop.example/stock", 200ms},
    {"https://shop.example/reviews", 100ms},
}};
// [[/latency]]

// [[network]]
// Opened when made, closed when destroyed, like the Python session.
class Session {
public:
    Session() { std::println("session opened"); }
    ~Session() { std::println("session closed"); }
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    std::string get(std::string_view url) const
    {
        const auto endpoint = std::ranges::find(network, url, &Endpoint::url);
        if (endpoint == network.end())
            throw std::invalid_argument(std::format("no such address: {}", url));
        const auto latency = endpoint->latency;
        std::this_thread::sleep_for(latency); // waiting on the network
        return std::format("{} ({:.1f} s)", url, std::chrono::duration<double>(latency).count());
    }
};
// [[/network]]

// [[account]]
class Account {
public:
    explicit Account(int balance)
        : balance_{balance}
    {
    }

    // Check, then act. `checked` stands in for the wait between the two: it
    // holds every thread until all have checked, which makes the unlucky
    // interleaving certain instead of merely likely.
    bool withdraw(int amount, std::latch &checked)
    {
        const bool enough = balance_ >= amount;
        checked.arrive_and_wait();
        if (!enough)
            return false;
        balance_ -= amount;
        return true;
    }

    bool withdraw_locked(int amount)
    {
        const std::scoped_lock lock{mutex_};
        if (balance_ < amount)
            return false;
        std::this_thread::sleep_for(10ms); // asks the bank
        balance_ -= amount;
        return true;
    }

    int balance() const { return balance_; }

private:
    std::mutex mutex_;
    std::atomic<int> balance_; // atomic: no data race, yet still a race condition
};
// [[/account]]

int main()
{
    const auto start = std::chrono::steady_clock::now();
    // [[session]]
    {
        const std::array<std::string_view, 3> urls{"https://shop.example/prices", "https://shop.example/stock",
                                                   "https://shop.example/reviews"};
        const Session session;
        // [[gather]]
        auto downloads = urls | std::views::transform([&session](std::string_view url) {
                             return std::async(std::launch::async, &Session::get, &session, url);
                         })
            | std::ranges::to<std::vector>();
        // [[/gather]]
        for (auto &download : downloads)
            std::println("fetched {}", download.get());
    }
    // [[/session]]
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    // [[overlap]]
    const std::chrono::duration<double> total
        = std::ranges::fold_left(network | std::views::transform(&Endpoint::latency), 0ms, std::plus{});
    std::println("one after another: {:.1f} s", total.count());
    std::println("together: {:.1f} s", elapsed.count());
    std::println("waits overlapped: {}", elapsed < total ? "True" : "False");
    // [[/overlap]]

    // [[race]]
    {
        Account account{100};
        std::array<bool, 2> granted{};
        std::latch checked{2};
        {
            std::jthread first{[&] { granted[0] = account.withdraw(80, checked); }};
            std::jthread second{[&] { granted[1] = account.withdraw(80, checked); }};
        } // each jthread joins here
        std::println("without a lock: {} granted, balance {}", std::ranges::count(granted, true), account.balance());
    }
    {
        Account account{100};
        std::array<bool, 2> granted{};
        {
            std::jthread first{[&] { granted[0] = account.withdraw_locked(80); }};
            std::jthread second{[&] { granted[1] = account.withdraw_locked(80); }};
        }
        std::println("with a lock: {} granted, balance {}", std::ranges::count(granted, true), account.balance());
    }
    // [[/race]]
}
