#include <cstdio>
#include <string>
#include <vector>

int twice(int value)
{
    return value * 2;
}

int main()
{
    std::string text = "caf\u00e9 \"quoted\"\n\ttab";
    std::vector<int> numbers {1, 2, 3};
    int total = twice(numbers[1]);
    std::printf("%s %d\n", text.c_str(), total);
    return 3;
}
