#include <cstdio>

int main()
{
    // [[setup]]
    int total = 0;
    // [[/setup]]
    // [[loop]]
    for (int number = 0; number < 3; ++number)
        total += number;
    // [[/loop]]
    std::printf("%d\n", total);
}
