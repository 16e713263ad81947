#include <algorithm>
#include <cstdio>
#include <vector>

int main()
{
    std::vector<int> values {3, 1, 2};
    std::ranges::sort(values, [](int left, int right) {
        return left > right;
    });
    std::printf("%d %d %d\n", values[0], values[1], values[2]);
}
