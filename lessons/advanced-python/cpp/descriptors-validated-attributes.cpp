#include <expected>
#include <format>
#include <print>
#include <string>
#include <string_view>
#include <utility>

// [[descriptor]]
// An int that is known to lie in [Low, High]: the only way to make one is
// through make(), which checks.
template <int Low, int High>
class Bounded {
public:
    static std::expected<Bounded, std::string> make(int value, std::string_view name)
    {
        if (value < Low || value > High)
            return std::unexpected(std::format("{} must lie in {}..{}, not {}", name, Low, High, value));
        return Bounded{value};
    }

    int value() const { return value_; }

private:
    explicit Bounded(int value)
        : value_{value}
    {
    }

    int value_;
};
// [[/descriptor]]

// [[person]]
using Age = Bounded<0, 120>;

class Person {
public:
    static std::expected<Person, std::string> make(std::string name, int years)
    {
        return Age::make(years, "age").transform([&](Age age) { return Person{std::move(name), age}; });
    }

    const std::string &name() const { return name_; }
    int age() const { return age_.value(); }

    std::expected<void, std::string> set_age(int years)
    {
        auto age = Age::make(years, "age");
        if (!age)
            return std::unexpected(age.error());
        age_ = *age;
        return {};
    }

private:
    Person(std::string name, Age age)
        : name_{std::move(name)}
        , age_{age}
    {
    }

    std::string name_;
    Age age_;
};
// [[/person]]

int main()
{
    // [[usage]]
    Person ada = Person::make("Ada", 36).value();
    std::println("{} is {}", ada.name(), ada.age());
    if (ada.set_age(37))
        std::println("a year later: {}", ada.age());
    // [[/usage]]
    // [[rejected]]
    if (auto result = ada.set_age(150); !result)
        std::println("rejected: {}", result.error());
    std::println("still {}", ada.age());
    if (auto bob = Person::make("Bob", -1); !bob)
        std::println("rejected: {}", bob.error());
    // [[/rejected]]
}
