#include <format>
#include <map>
#include <print>
#include <string>
#include <string_view>
#include <vector>

// [[first-word]]
// A view into `text`: valid only as long as the characters it looks at.
std::string_view first_word(std::string_view text)
{
    return text.substr(0, text.find(' '));
}
// [[/first-word]]

int main()
{
    // [[copy-or-view]]
    std::string packet = "HDR1payload";
    // A copy owns its characters; a view looks at packet's.
    const std::string header_copy = packet.substr(0, 4);
    const auto header_view = std::string_view{packet}.substr(0, 4);
    packet[3] = '2';
    std::println("copy: {}, view: {}", header_copy, header_view);
    // [[/copy-or-view]]

    // [[first-word]]
    const std::string request = "GET /index.html HTTP/1.1";
    std::println("method: {}", first_word(request)); // request outlives it
    // [[/first-word]]

    // [[grow]]
    std::vector<std::string> tasks{"build", "test"};
    // An index survives the vector moving its elements; an iterator or a
    // reference does not, so a range-for loop here would read freed memory.
    for (std::size_t index = 0; index < tasks.size(); ++index) {
        if (tasks[index] == "build")
            tasks.push_back("package"); // may reallocate: every element moves
        std::println("run {}", tasks[index]);
    }
    // [[/grow]]

    // [[snapshot]]
    std::map<std::string, int> stock{{"apples", 3}, {"pears", 0}};
    std::vector<std::string> sold_out;
    for (const auto &[fruit, count] : stock) {
        if (count == 0)
            sold_out.push_back(fruit);
    }
    for (const auto &fruit : sold_out) {
        stock.erase(fruit);
        stock["plums"] = 5; // changes made after the loop, not during it
    }
    std::string listing;
    for (const auto &[fruit, count] : stock)
        listing += std::format("{}{}={}", listing.empty() ? "" : ", ", fruit,
                               count);
    std::println("stock: {}", listing);
    // [[/snapshot]]
}
