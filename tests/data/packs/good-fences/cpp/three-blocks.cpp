#include <algorithm>
#include <print>
#include <vector>

int main()
{
    // [[data]]
    std::vector values {3, 1, 2};
    // [[/data]]
    // [[sort]]
    std::ranges::sort(values);
    // [[/sort]]
    std::println("{}", values);
}
