#include <algorithm>
#include <chrono>
#include <concepts>
#include <functional>
#include <print>
#include <ranges>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

// [[decorator]]
// Reports how long it lived when it goes out of scope, however that happens.
class Stopwatch {
public:
    explicit Stopwatch(std::string_view name)
        : name_{name}
    {
    }
    ~Stopwatch()
    {
        const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start_;
        std::println("{} took {:.3f} ms", name_, elapsed.count());
    }
    Stopwatch(const Stopwatch &) = delete;
    Stopwatch &operator=(const Stopwatch &) = delete;

private:
    std::string_view name_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

template <typename Function>
auto timed(std::string_view name, Function function)
{
    return [name, function = std::move(function)]<typename... Args>(Args &&...args) -> decltype(auto) {
        const Stopwatch stopwatch{name};
        return std::invoke(function, std::forward<Args>(args)...);
    };
}
// [[/decorator]]

const auto sum_of_squares = timed("sum_of_squares", [](long long n) {
    auto squares = std::views::iota(0LL, n) | std::views::transform([](long long i) { return i * i; });
    return std::ranges::fold_left(squares, 0LL, std::plus{});
});

// [[resource]]
class Lock {
public:
    explicit Lock(std::string name)
        : name_{std::move(name)}
    {
        std::println("acquire {}", name_);
    }
    ~Lock() { std::println("release {}", name_); }
    Lock(const Lock &) = delete;
    Lock &operator=(const Lock &) = delete;

    const std::string &name() const { return name_; }

private:
    std::string name_;
};
// [[/resource]]

// [[protocol]]
template <typename T>
concept Shape = requires(const T &shape) {
    { shape.area() } -> std::convertible_to<double>;
    { shape.name() } -> std::convertible_to<std::string_view>;
};
// [[/protocol]]

struct Square {
    double side;
    double area() const { return side * side; }
    std::string_view name() const { return "square"; }
};

struct Circle {
    double radius;
    double area() const { return 3.14159 * radius * radius; }
    std::string_view name() const { return "circle"; }
};

// [[structural]]
void describe(const Shape auto &shape)
{
    std::println("{}: area {:.2f}", shape.name(), shape.area());
}
// [[/structural]]

int main()
{
    std::println("sum of squares below 100000: {}", sum_of_squares(100'000));

    // [[scopes]]
    {
        const Lock resource{"inventory"};
        std::println("working with {}", resource.name());
    }

    try {
        const Lock ledger{"ledger"};
        std::println("about to fail");
        throw std::runtime_error("disk full");
    } catch (const std::runtime_error &error) {
        std::println("caught: {}", error.what());
    }
    // [[/scopes]]

    describe(Square{3});
    describe(Circle{1});
}
