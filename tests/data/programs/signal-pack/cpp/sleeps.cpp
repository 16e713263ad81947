// Says it has started, starts a helper that leaves its session, and waits.
#include <cstdio>
#include <unistd.h>

int main()
{
    if (fork() == 0) {
        setsid();
        sleep(60);
        return 0;
    }
    std::puts("sleeping");
    std::fflush(stdout);
    sleep(60);
}
