#include <cstdio>

int read(const int *pointer)
{
    return *pointer;
}

int main()
{
    std::puts("about to crash");
    const int *nothing = nullptr;
    return read(nothing);
}
