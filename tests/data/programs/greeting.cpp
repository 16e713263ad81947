// Prints two lines, the same as `print("hello"); print("world")`.
#include <cstdio>

int main()
{
    std::puts("hello");
    std::puts("world");
}
