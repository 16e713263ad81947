#include <algorithm>
#include <cctype>
#include <iostream>
#include <string>

int main()
{
    std::string line;
    std::getline(std::cin, line);
    std::ranges::transform(line, line.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    std::cout << line << '\n';
}
