#include <algorithm>
#include <cstdint>
#include <format>
#include <print>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// [[decode]]
// How many bytes a UTF-8 sequence takes, from its lead byte.
std::size_t sequence_length(unsigned char lead)
{
    if (lead < 0x80)
        return 1; // 0xxxxxxx: ASCII
    if (lead < 0xE0)
        return 2; // 110xxxxx
    if (lead < 0xF0)
        return 3; // 1110xxxx
    return 4;     // 11110xxx
}

// The code points of UTF-8 text: the lead byte's low bits, then six more
// from each continuation byte (10xxxxxx). Stops at a truncated character;
// real input also needs checks for stray and overlong sequences.
std::vector<char32_t> code_points(std::string_view text)
{
    std::vector<char32_t> points;
    for (std::size_t index = 0; index < text.size();) {
        const auto lead = static_cast<unsigned char>(text[index]);
        const std::size_t length = sequence_length(lead);
        if (index + length > text.size())
            break;
        char32_t point = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t next = 1; next < length; ++next)
            point = (point << 6)
                | (static_cast<unsigned char>(text[index + next]) & 0x3F);
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
    const std::string word = "naïve café"; // UTF-8, like this file
    const auto characters = std::ranges::count_if(
        word, [](char byte) { return !is_continuation(byte); });
    std::println("{}: {} code points, {} bytes of UTF-8", word, characters,
                 word.size());
    // [[/measure]]

    // [[decode]]
    // Six bytes: "naïve". (Python's word[:5] counts five code points.)
    const std::string_view first = std::string_view{word}.substr(0, 6);
    std::string listing;
    for (const char32_t point : code_points(first))
        listing += std::format(" U+{:04X}", std::uint32_t{point});
    std::println("{}:{}", first, listing);
    // [[/decode]]

    // [[cut]]
    std::string bytes;
    for (const char byte : word.substr(0, 4))
        bytes += std::format("{}{:02x}", bytes.empty() ? "" : " ",
                             static_cast<unsigned char>(byte));
    std::println("the first 4 bytes: {}", bytes);
    for (const std::size_t cut : {2, 3}) {
        const bool splits = is_continuation(word[cut]); // the next byte
        std::println("cutting after {} bytes: {}", cut,
                     splits ? "splits a character" : "a clean cut");
    }
    // [[/cut]]

    // [[table]]
    // The third name spells é as e + U+0301, a combining accent.
    const std::pair<std::string_view, double> menu[]{
        {"café", 3.5}, {"naïve tea", 12.0}, {"the\u0301 vert", 4.0}};
    for (const auto &[name, price] : menu)
        std::println("{:<10}|{:6.2f}", name, price); // pads to columns
    // [[/table]]
}
