// Prints without end, far past any output cap.
#include <cstdio>

int main()
{
    for (;;)
        std::fputs("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n", stdout);
}
