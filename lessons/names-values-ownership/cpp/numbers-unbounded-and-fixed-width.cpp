#include <cmath>
// [[limits]]
#include <cstdint>
#include <limits>
// [[/limits]]
#include <optional>
#include <print>
#include <utility>
#include <vector>

// [[factorial]]
// n!, or nothing if it does not fit. The check comes before multiplying,
// because a signed overflow is undefined behaviour, not a wrong number.
std::optional<std::int64_t> factorial(int n)
{
    std::int64_t result = 1;
    for (std::int64_t factor = 2; factor <= n; ++factor) {
        if (result > std::numeric_limits<std::int64_t>::max() / factor)
            return std::nullopt;
        result *= factor;
    }
    return result;
}
// [[/factorial]]

// [[overflow]]
// a + b, or nothing if the sum would not fit in an int.
std::optional<int> checked_add(int a, int b)
{
    constexpr int lowest = std::numeric_limits<int>::min();
    constexpr int highest = std::numeric_limits<int>::max();
    if ((b > 0 && a > highest - b) || (b < 0 && a < lowest - b))
        return std::nullopt;
    return a + b;
}
// [[/overflow]]

// [[division]]
int floor_divide(int a, int b)
{
    const int quotient = a / b; // rounds toward zero
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient;
}
// [[/division]]

const char *yes_no(bool flag)
{
    return flag ? "yes" : "no";
}

int main()
{
    // [[big]]
    for (const int n : {20, 21}) {
        if (const auto value = factorial(n)) {
            std::println("{}! = {} fits in int64_t", n, *value);
        } else {
            double log2 = 0; // log2(n!) = log2(2) + ... + log2(n)
            for (int factor = 2; factor <= n; ++factor)
                log2 += std::log2(factor);
            std::println("{}! does not fit in int64_t: it is about 2^{:.1f}",
                         n, log2);
        }
    }
    // [[/big]]

    // [[overflow]]
    const int biggest = std::numeric_limits<int>::max();
    std::println("int {} + 1 fits: {}", biggest,
                 yes_no(checked_add(biggest, 1).has_value()));
    // [[/overflow]]

    // [[wrap]]
    const std::uint32_t top = std::numeric_limits<std::uint32_t>::max();
    const std::uint32_t next = top + 1; // unsigned arithmetic wraps around
    std::println("uint32_t {} + 1 wraps to {}", top, next);
    std::println("300 fits in uint8_t: {}; converted it becomes {}",
                 yes_no(std::in_range<std::uint8_t>(300)),
                 static_cast<std::uint8_t>(300));
    // [[/wrap]]

    // [[mixed]]
    const std::vector<int> empty;
    // std::size_t cannot be negative: the subtraction wraps.
    std::println("empty.size() - 1 = {}", empty.size() - 1);
    std::println("std::ssize(empty) - 1 = {}", std::ssize(empty) - 1);
    std::println("-1 < 1u as C++ converts it: {}",
                 yes_no(static_cast<unsigned>(-1) < 1u));
    std::println("std::cmp_less(-1, 1u): {}", yes_no(std::cmp_less(-1, 1u)));
    // [[/mixed]]

    // [[division]]
    std::println("-7 / 2 floored: {}, truncated: {}", floor_divide(-7, 2),
                 -7 / 2);
    std::println("-7 % 2 floored: {}, truncated: {}",
                 -7 - 2 * floor_divide(-7, 2), -7 % 2);
    // [[/division]]

    // [[floats]]
    std::println("0.1 + 0.2 = {}, equal to 0.3: {}", 0.1 + 0.2,
                 yes_no(0.1 + 0.2 == 0.3));
    // [[/floats]]
}
