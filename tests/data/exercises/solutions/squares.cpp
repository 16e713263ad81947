#include <print>

int main()
{
    int total = 0;
    for (int number = 1; number <= 5; ++number) {
        total += number * number;
        std::println("{} squared is {}", number, number * number);
    }
    std::println("together: {}", total);
}
