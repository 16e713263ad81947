#include <print>

// Stops one number short: its output differs from the Python's.
int main()
{
    int total = 0;
    for (int number = 1; number < 5; ++number) {
        total += number * number;
        std::println("{} squared is {}", number, number * number);
    }
    std::println("together: {}", total);
}
