#include <cstdio>

int main()
{
    std::puts("started");
    std::fflush(stdout);
    for (volatile unsigned long spin = 0;; spin = spin + 1) {
    }
}
