#include <cstdio>

int main()
{
    std::puts("to stdout");
    std::fputs("to stderr\n", stderr);
    return 3;
}
