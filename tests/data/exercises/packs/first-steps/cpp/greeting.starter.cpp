#include <print>
#include <string>

int main()
{
    const std::string name = "Duet";
    // Print the two lines the Python prints.
}
