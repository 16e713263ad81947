#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <format>
#include <functional>
#include <print>
#include <string>
#include <string_view>
#include <unordered_set>

// [[version]]
struct Version {
    int major = 0;
    int minor = 0;
    int patch = 0;

    // [[generated]]
    // One line gives ==, !=, <, <=, > and >=, comparing member by member.
    auto operator<=>(const Version &) const = default;
    // [[/generated]]
};

// [[generated]]
template <>
struct std::hash<Version> {
    std::size_t operator()(const Version &version) const noexcept
    {
        std::size_t seed = 0;
        for (const int part : {version.major, version.minor, version.patch})
            seed = seed * 1'000'003 ^ std::hash<int>{}(part);
        return seed;
    }
};
// [[/generated]]

// [[text]]
template <>
struct std::formatter<Version> : std::formatter<std::string> {
    auto format(const Version &version, std::format_context &context) const
    {
        const auto text = std::format("{}.{}.{}", version.major,
                                      version.minor, version.patch);
        return std::formatter<std::string>::format(text, context);
    }
};
// [[/text]]
// [[/version]]

const char *yes_no(bool flag)
{
    return flag ? "yes" : "no";
}

int main()
{
    // [[equality]]
    const Version installed{1, 2, 3};
    const Version wanted{1, 2, 3};
    std::println("same value: {}, same object: {}",
                 yes_no(installed == wanted), yes_no(&installed == &wanted));
    // [[/equality]]

    // [[ordering]]
    std::array<Version, 3> releases{{{2, 0, 0}, {1, 10, 0}, {1, 2, 3}}};
    std::ranges::sort(releases);
    const auto &[oldest, middle, newest] = releases;
    std::println("sorted: {} < {} < {}", oldest, middle, newest);
    std::println("as text, \"1.10.0\" < \"1.2.3\": {}",
                 yes_no(std::string_view{"1.10.0"} < "1.2.3"));
    // [[/ordering]]

    // [[hashing]]
    const std::unordered_set<Version> distinct{installed, wanted, {2, 0, 0}};
    std::println("distinct versions: {}", distinct.size());
    // [[/hashing]]

    // [[identity-trap]]
    const std::string built = std::string{"a"} + "da"; // made at run time
    const char *typed = built.c_str();
    const char *literal = "ada";
    // On two pointers, == compares addresses, like Python's `is`.
    std::println("two texts \"ada\": same object: {}, same contents: {}",
                 yes_no(typed == literal),
                 yes_no(std::string_view{typed} == literal));
    // [[/identity-trap]]
}
