// Asks for 4 GiB and touches it, which an address-space limit must refuse.
#include <cstdio>
#include <cstring>
#include <new>

int main()
{
    constexpr unsigned long size = 4ul << 30;
    try {
        auto *block = new char[size];
        std::memset(block, 1, size);
        std::printf("allocated %lu bytes\n", size);
        delete[] block;
        return 0;
    } catch (const std::bad_alloc &) {
        std::puts("refused");
        return 2;
    }
}
