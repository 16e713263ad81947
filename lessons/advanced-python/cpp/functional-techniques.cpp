#include <algorithm>
#include <cstdint>
#include <functional>
#include <print>
#include <ranges>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// Computed by the compiler: the static_asserts are checked before the program
// exists. A loop, not the memoised recursion below: what is shown here is
// evaluation at compile time, not a better cache.
constexpr std::uint64_t compile_time_fibonacci(int n)
{
    std::uint64_t previous = 0;
    std::uint64_t current = 1;
    for (int step = 0; step < n; ++step)
        current = std::exchange(previous, current) + current;
    return previous;
}
static_assert(compile_time_fibonacci(90) == 2'880'067'194'370'816'120);
// std::uint64_t holds Fibonacci numbers up to fibonacci(93). The next one
// does not fit, and unsigned arithmetic wraps around without a word, so it
// comes out smaller; Python's int would simply grow.
static_assert(compile_time_fibonacci(94) < compile_time_fibonacci(93));

// [[compose]]
// compose(f, g, h)(x) == f(g(h(x))), built by folding operator* over the pack.
template <typename Function>
struct Composable {
    Function function;

    constexpr auto operator()(auto value) const { return function(value); }
};

template <typename Outer, typename Inner>
constexpr auto operator*(Composable<Outer> outer, Composable<Inner> inner)
{
    return Composable{[outer, inner](auto value) { return outer(inner(value)); }};
}

template <typename... Functions>
constexpr auto compose(Functions... functions)
{
    return (Composable{functions} * ...);
}
// [[/compose]]

// [[order]]
struct Order {
    std::string category;
    std::string name;
    int price;
};
// [[/order]]

int main()
{
    // [[memo]]
    // A memoised Fibonacci: the cache is an explicit table, and the lambda
    // calls itself through its explicit object parameter, `self`.
    std::unordered_map<int, std::uint64_t> memo;
    const auto fibonacci = [&memo](this const auto &self, int n) -> std::uint64_t {
        if (const auto found = memo.find(n); found != memo.end())
            return found->second;
        const std::uint64_t value = n < 2 ? std::uint64_t(n) : self(n - 1) + self(n - 2);
        memo.emplace(n, value);
        return value;
    };
    // [[/memo]]

    std::println("fibonacci(90) = {}", fibonacci(90));
    // [[cache-size]]
    std::println("cache: {} entries", memo.size());
    // [[/cache-size]]

    const auto double_after_increment = compose([](int x) { return x * 2; }, [](int x) { return x + 1; });
    std::println("compose(double, increment)(5) = {}", double_after_increment(5));

    std::vector<Order> orders{
        {"books", "Dune", 12},
        {"games", "Go board", 45},
        {"books", "SICP", 60},
        {"music", "Kind of Blue", 15},
        {"games", "Chess set", 30},
    };
    // [[group]]
    std::ranges::stable_sort(orders, {}, &Order::category);
    const auto same_category = [](const Order &a, const Order &b) { return a.category == b.category; };
    for (const auto group : orders | std::views::chunk_by(same_category)) {
        const auto names = group | std::views::transform(&Order::name)
            | std::views::join_with(std::string_view{", "}) | std::ranges::to<std::string>();
        const int total = std::ranges::fold_left(group | std::views::transform(&Order::price), 0, std::plus{});
        std::println("{}: {} ({})", group.front().category, names, total);
    }
    // [[/group]]
}
