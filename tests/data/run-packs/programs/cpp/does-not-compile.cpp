// [[setup]]
#include <cstdio>
// [[/setup]]

int main()
{
    std::puts("never") // the missing semicolon is on line 7
}
