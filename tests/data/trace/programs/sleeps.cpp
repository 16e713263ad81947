#include <chrono>
#include <cstdio>
#include <thread>

int main()
{
    std::puts("going to sleep");
    std::this_thread::sleep_for(std::chrono::minutes(10));
}
