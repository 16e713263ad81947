#include <print>
#include <ranges>

int main()
{
    // [[loop]]
    for (int number : std::views::iota(0, 3))
        std::println("{}", number);
    // [[/loop]]
    std::println("took 5 ms");
}
