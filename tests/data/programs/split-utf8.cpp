// Writes "café" with the two bytes of "é" in two writes, a moment apart, so
// the reader gets them in two reads.
#include <chrono>
#include <thread>
#include <unistd.h>

int main()
{
    const char first[] = "caf\xc3";
    const char second[] = "\xa9\n";
    if (write(STDOUT_FILENO, first, sizeof first - 1) < 0)
        return 1;
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    if (write(STDOUT_FILENO, second, sizeof second - 1) < 0)
        return 1;
}
