#include <cstdio>

int main()
{
    int total = 0;
    for (int number = 0; number < 3; ++number) {
        total += number;
        std::printf("%d\n", total);
    }
    std::puts("done");
}
