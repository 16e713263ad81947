#include <cctype>
#include <iostream>
#include <string>

int main()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        for (char &character : line)
            character = char(std::toupper(static_cast<unsigned char>(character)));
        std::cout << line << '\n';
    }
}
