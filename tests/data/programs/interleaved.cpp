// Writes to stdout and stderr in turn, flushing each line, so the reader
// sees the two streams arrive separately.
#include <cstdio>

int main()
{
    for (int line = 0; line < 5; ++line) {
        std::printf("out %d\n", line);
        std::fflush(stdout);
        std::fprintf(stderr, "err %d\n", line);
        std::fflush(stderr);
    }
}
