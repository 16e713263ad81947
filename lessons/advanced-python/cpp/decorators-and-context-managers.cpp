#include <algorithm>
#include <array>
#include <chrono>
#include <concepts>
#include <functional>
#include <numeric>
#include <print>
#include <ranges>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

// A callable that times every call of the function it wraps. It keeps the
// name and the original, which functools.wraps gives a Python wrapper as
// __name__ and __wrapped__.
template <typename Function>
class Timed {
public:
    constexpr Timed(std::string_view name, Function function)
        : name_{name}
        , function_{std::move(function)}
    {
    }

    template <typename... Args>
    decltype(auto) operator()(Args &&...args) const
    {
        const Stopwatch stopwatch{name_};
        return std::invoke(function_, std::forward<Args>(args)...);
    }

    std::string_view name() const { return name_; }
    const Function &wrapped() const { return function_; }

private:
    std::string_view name_;
    Function function_;
};

template <typename Function>
[[nodiscard]] constexpr auto timed(std::string_view name, Function function)
{
    return Timed<Function>{name, std::move(function)};
}
// [[/decorator]]

// [[decoration]]
const auto sum_of_squares = timed("sum_of_squares", [](long long n) {
    auto squares = std::views::iota(0LL, n) | std::views::transform([](long long i) { return i * i; });
    return std::ranges::fold_left(squares, 0LL, std::plus{});
});
// [[/decoration]]

const auto sum_of_squares_of = timed("sum_of_squares_of", [](std::span<const long long> numbers) {
    auto squares = numbers | std::views::transform([](long long x) { return x * x; });
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

// [[shapes]]
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
// [[/shapes]]

// [[structural]]
void describe(const Shape auto &shape)
{
    std::println("{}: area {:.2f}", shape.name(), shape.area());
}
// [[/structural]]

int main()
{
    // [[constant]]
    std::println("sum of squares below 1000000: {}", sum_of_squares(1'000'000));
    // [[/constant]]

    // [[from-data]]
    std::vector<long long> numbers(1'000'000);
    std::ranges::iota(numbers, 0LL);
    std::println("the same from a list: {}", sum_of_squares_of(numbers));
    // [[/from-data]]

    // [[wraps]]
    std::println("the decorated function's name: {}", sum_of_squares_of.name());
    std::println("the original, untimed: {}", sum_of_squares_of.wrapped()(std::array{1LL, 2LL, 3LL}));
    // [[/wraps]]

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
