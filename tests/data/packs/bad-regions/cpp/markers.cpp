#include <print>
int main()
{
    // [[/not-open]]
    std::println("a");
}
