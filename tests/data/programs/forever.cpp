// Prints one line, then never ends on its own.
#include <cstdio>

int main()
{
    std::puts("begun");
    std::fflush(stdout);
    volatile unsigned long spin = 0;
    for (;;)
        spin = spin + 1;
}
