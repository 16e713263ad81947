#include <algorithm>
#include <cstdint>
#include <format>
#include <print>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// [[decode]]
// The code points of UTF-8 text. A lead byte says how many bytes follow
// (0xxxxxxx: none, 110xxxxx: one, 1110xxxx: two, 11110xxx: three); each
// continuation byte (10xxxxxx) adds six bits. Stops at a truncated character;
// real input also needs checks for overlong and invalid sequences.
std::vector<char32_t> code_points(std::string_view text)
{
    std::vector<char32_t> points;
    for (std::size_t index = 0; index < text.size();) {
        const auto lead = static_cast<unsigned char>(text[index]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (index + length > text.size())
            break;
        char32_t point = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t next = 1; next < length; ++next)
            point = (point << 6) | (static_cast<unsigned char>(text[index + next]) & 0x3F);
        points.push_back(point);
        index += length;
    }
    return points;
}
// [[/decode]]

bool is_continuation(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

int main()
{
    // [[measure]]
    const std::string word = "naïve café"; // UTF-8 bytes, as this source file is
    const auto characters = std::ranges::count_if(word, [](char byte) { return !is_continuation(byte); });
    std::println("{}: {} code points, {} bytes of UTF-8", word, characters, word.size());
    // [[/measure]]

    // [[decode]]
    std::string listing;
    for (const char32_t point : code_points(word))
        listing += std::format("{}U+{:04X}", listing.empty() ? "" : " ", static_cast<std::uint32_t>(point));
    std::println("{}", listing);
    // [[/decode]]

    // [[cut]]
    std::string bytes;
    for (const char byte : word.substr(0, 4))
        bytes += std::format("{}{:02x}", bytes.empty() ? "" : " ", static_cast<unsigned char>(byte));
    std::println("the first 4 bytes: {}", bytes);
    for (const std::size_t cut : {2, 3}) {
        const bool splits = is_continuation(word[cut]); // the next byte continues a character
        std::println("cutting after {} bytes: {}", cut, splits ? "splits a character" : "a clean cut");
    }
    // [[/cut]]

    // [[table]]
    const std::pair<std::string_view, double> menu[]{{"café", 3.5}, {"naïve tea", 12.0}, {"緑茶", 4.0}};
    for (const auto &[name, price] : menu)
        std::println("{:<10}|{:6.2f}", name, price); // pads to a width in columns
    // [[/table]]
}
