#include <print>
#include <string>

int main()
{
    const std::string name = "Duet";
    std::println("Hello, {}!", name);
    std::println("{} has {} letters.", name, name.size());
}
