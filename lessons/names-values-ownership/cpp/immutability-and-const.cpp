#include <format>
#include <print>
#include <string>
#include <tuple>
#include <vector>

// [[point]]
struct Point {
    int x = 0;
    int y = 0;

    // const: callable on a const Point, and promises not to change this one.
    constexpr Point moved(int dx, int dy) const { return {x + dx, y + dy}; }
};

template <>
struct std::formatter<Point> : std::formatter<std::string> {
    auto format(const Point &point, std::format_context &context) const
    {
        return std::formatter<std::string>::format(
            std::format("Point(x={}, y={})", point.x, point.y), context);
    }
};
// [[/point]]

// Whether `point.x = 5` compiles for a T: asked of the compiler, answered
// before the program runs.
template <typename T>
concept assignable_x = requires(T &point) { point.x = 5; };

template <typename T>
concept growable_first = requires(T &pair) { get<0>(pair).push_back(3); };

std::string show(const std::vector<int> &numbers)
{
    std::string text = "[";
    for (const char *separator = ""; int number : numbers) {
        text += std::format("{}{}", separator, number);
        separator = ", ";
    }
    return text + "]";
}

int main()
{
    // [[refused]]
    const Point origin{0, 0};
    std::println("origin.x = 5 is {}",
                 assignable_x<decltype(origin)> ? "allowed" : "refused");
    // [[/refused]]

    // [[new-values]]
    const Point step = origin.moved(2, 3);
    std::println("moved: {}; origin is still {}", step, origin);
    // [[/new-values]]

    // [[constant]]
    constexpr Point corner = Point{0, 0}.moved(4, 4); // by the compiler
    static_assert(corner.x == 4 && corner.y == 4);
    std::println("corner: {}", corner);
    // [[/constant]]

    // [[shallow]]
    std::vector<int> numbers{1, 2};
    const std::tuple<std::vector<int> &, std::string> pair{numbers, "tag"};
    std::get<0>(pair).push_back(3); // const stops at the reference
    std::println("the fixed pair's list grew: {}", show(std::get<0>(pair)));
    // [[/shallow]]

    // [[deep]]
    const std::tuple<std::vector<int>, std::string> owner{numbers, "tag"};
    std::println("a fixed pair that owns its list can grow it: {}",
                 growable_first<decltype(owner)> ? "yes" : "no");
    // [[/deep]]
}
