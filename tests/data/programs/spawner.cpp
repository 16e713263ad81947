// Starts a child that would outlive it, prints the child's pid and exits.
#include <cstdio>
#include <unistd.h>

int main()
{
    const pid_t child = fork();
    if (child == 0) {
        sleep(60);
        return 0;
    }
    std::printf("%d\n", int(child));
    std::fflush(stdout);
    return 0;
}
