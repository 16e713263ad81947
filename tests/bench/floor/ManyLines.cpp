// Prints the numbers from 0 to N-1, one a line, as a chatty lesson program
// might: the output-heavy program the streaming figure is measured on.
#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    const long count = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 0;
    for (long number = 0; number < count; ++number)
        std::printf("%ld\n", number);
}
