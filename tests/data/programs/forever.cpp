// Prints one line, then never ends on its own.
#include <cstdio>

int main()
{
    std::puts("begun");
    std::fflush(stdout);
    for (volatile unsigned long spin = 0;; spin = spin + 1) {
    }
}
