#include <stdexcept>

int divide(int *pointer)
{
    return 100 / *pointer;
}

int main(int argc, char **)
{
    if (argc > 1)
        throw std::runtime_error("asked to throw");
    int *nothing = nullptr;
    return divide(nothing);
}
