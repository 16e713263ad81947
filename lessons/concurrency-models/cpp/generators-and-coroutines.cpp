// GCC 14 falsely warns about std::generator's memory in sanitizer builds
// (-Wmismatched-new-delete, GCC bug 109224); the code is correct.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

#include <generator>
#include <print>
#include <ranges>
#include <string>
#include <string_view>
#include <vector>

// [[lazy]]
std::generator<int> naturals()
{
    for (int n = 1;; ++n) { // endless: values are made only when asked for
        std::println("  make {}", n);
        co_yield n;
    }
}
// [[/lazy]]

// [[pipeline]]
std::generator<int> squares(std::generator<int> numbers)
{
    for (const int n : numbers)
        co_yield n * n;
}
// [[/pipeline]]

// [[tree]]
struct Folder {
    std::string name;
    std::vector<Folder> children;
};

std::generator<std::string> walk(const Folder &folder, int depth = 0)
{
    co_yield std::string(2 * depth, ' ') + folder.name;
    for (const Folder &child : folder.children)
        co_yield std::ranges::elements_of(walk(child, depth + 1));
}
// [[/tree]]

// [[words]]
// By value: the coroutine keeps its own copy of the text while it runs.
std::generator<std::string_view> words(std::string text)
{
    for (auto word : text | std::views::split(' '))
        co_yield std::string_view{word};
}
// [[/words]]

int main()
{
    // [[pipeline]]
    int count = 0;
    for (const int square : squares(naturals())) {
        std::println("use {}", square);
        if (++count == 3)
            break; // the generators are destroyed, never resumed again
    }
    // [[/pipeline]]

    // [[tree]]
    const Folder project{"project",
                         {{"src", {{"core", {}}, {"ui", {}}}}, {"docs", {}}}};
    for (const std::string &line : walk(project))
        std::println("{}", line);
    // [[/tree]]

    // [[used-up]]
    auto greeting = words("hello generator world");
    std::string first_pass;
    for (const std::string_view word : greeting)
        first_pass += (first_pass.empty() ? "" : " ") + std::string{word};
    std::println("first pass: {}", first_pass);
    // An input range: begin() may be called once, and the type says so.
    using Greeting = decltype(greeting);
    std::println("walkable more than once: {}",
                 std::ranges::forward_range<Greeting> ? "yes" : "no");
    // [[/used-up]]
}
