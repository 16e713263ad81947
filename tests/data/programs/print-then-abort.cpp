// Prints three lines without flushing, waits, then aborts: through a pipe its
// output would sit in the buffer and die with it; Duet must show every line
// as it is printed and keep it after the abort.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

int main()
{
    std::puts("one");
    std::puts("two");
    std::puts("three");
    std::this_thread::sleep_for(std::chrono::seconds(3));
    std::abort();
}
