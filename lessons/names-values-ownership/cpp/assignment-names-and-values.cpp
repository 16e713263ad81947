#include <format>
#include <memory>
#include <print>
#include <string>
#include <vector>

// Spells values the way Python prints lists. (C++23 can format a vector with
// "{}" directly, but libstdc++ 14 does not implement that part yet.)
template <typename T>
std::string show(const std::vector<T> &items);

std::string show(int number)
{
    return std::to_string(number);
}

template <typename T>
std::string show(const std::shared_ptr<T> &pointer)
{
    return show(*pointer);
}

template <typename T>
std::string show(const std::vector<T> &items)
{
    std::string text = "[";
    for (const char *separator = ""; const auto &item : items) {
        text += std::format("{}{}", separator, show(item));
        separator = ", ";
    }
    return text + "]";
}

// [[parameters]]
void add_item(std::vector<int> &items, int item)
{
    items.push_back(item); // a reference parameter: the caller's vector
}

void start_over(std::vector<int> items)
{
    items = {0}; // a value parameter: this call's own copy
    std::println("inside start_over: {}", show(items));
}
// [[/parameters]]

int main()
{
    // [[alias]]
    std::vector<int> a{1, 2, 3};
    auto &b = a; // a second name for the same vector
    b.push_back(4);
    std::println("a = {}, b = {}", show(a), show(b));
    std::println("a and b are {}", &a == &b ? "one list" : "two lists");
    // [[/alias]]

    // [[copy]]
    auto c = a; // a new vector holding copies of a's elements
    c.push_back(5);
    std::println("a = {}, c = {}", show(a), show(c));
    std::println("a and c are {}", &a == &c ? "one list" : "two lists");
    // [[/copy]]

    // [[calls]]
    add_item(a, 6);
    start_over(a);
    std::println("after both calls: a = {}", show(a));
    // [[/calls]]

    // [[grid]]
    // Three pointers to one row: sharing has to be asked for.
    const auto row = std::make_shared<std::vector<int>>(3);
    const std::vector shared(3, row);
    (*shared[0])[0] = 1;
    std::println("three references to one row: {}", show(shared));

    // Three rows: the constructor copies the row it is given.
    std::vector separate(3, std::vector<int>(3));
    separate[0][0] = 1;
    std::println("three rows: {}", show(separate));
    // [[/grid]]
}
