#include <print>

int main()
{
}
