#include <cstdio>
#include <stdexcept>
#include <string>

int check(int age)
{
    if (age > 120)
        throw std::out_of_range(std::to_string(age) + " is too old");
    return age;
}

int main()
{
    try {
        check(150);
    } catch (const std::out_of_range &error) {
        std::printf("rejected: %s\n", error.what());
    }
    check(200);
    std::puts("never printed");
}
