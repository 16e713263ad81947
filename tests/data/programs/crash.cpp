// Dies by a segmentation fault.
#include <csignal>

int main()
{
    std::raise(SIGSEGV);
}
