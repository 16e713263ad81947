#include <concepts>
#include <expected>
#include <format>
#include <print>
#include <string>
#include <string_view>
#include <utility>

// [[descriptor]]
// An int that is known to lie in [Low, High]. There are two ways to make one,
// and both check.
template <int Low, int High>
class Bounded {
public:
    // For a value written in the source: the compiler runs this check, and a
    // value out of range stops the build (a throw cannot be evaluated while
    // compiling), so Age{150} is a compile error.
    consteval explicit Bounded(int value)
        : value_{value}
    {
        if (value < Low || value > High)
            throw "value out of range";
    }

    // For a value that arrives while the program runs. It takes exactly an
    // int: a double or a bool would otherwise convert silently.
    [[nodiscard]] static std::expected<Bounded, std::string> make(std::same_as<int> auto value, std::string_view name)
    {
        if (value < Low || value > High)
            return std::unexpected(std::format("{} must lie in {}..{}, not {}", name, Low, High, value));
        return Bounded{Checked{}, value};
    }

    int value() const { return value_; }

private:
    struct Checked {};
    Bounded(Checked, int value)
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
    [[nodiscard]] static std::expected<Person, std::string> make(std::string name, std::same_as<int> auto years)
    {
        return Age::make(years, "age").transform([&](Age age) { return Person{std::move(name), age}; });
    }

    const std::string &name() const { return name_; }
    int age() const { return age_.value(); }

    void set_age(Age age) { age_ = age; }

    [[nodiscard]] std::expected<void, std::string> set_age(std::same_as<int> auto years)
    {
        const auto age = Age::make(years, "age");
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

// What Python's TypeError catches when the program runs, the compiler refuses.
template <typename Value>
concept AcceptedAsAge = requires(Person &person, Value value) { person.set_age(value); };
static_assert(AcceptedAsAge<int> && AcceptedAsAge<Age>);
static_assert(!AcceptedAsAge<double> && !AcceptedAsAge<bool> && !AcceptedAsAge<std::string>);

int main()
{
    // [[usage]]
    Person ada = Person::make("Ada", 36).value();
    std::println("{} is {}", ada.name(), ada.age());
    ada.set_age(Age{37}); // checked while compiling: try Age{150}
    std::println("a year later: {}", ada.age());
    // [[/usage]]
    // [[rejected]]
    if (const auto result = ada.set_age(150); !result) // an int: checked while running
        std::println("rejected: {}", result.error());
    std::println("still {}", ada.age());
    if (const auto bob = Person::make("Bob", -1); !bob)
        std::println("rejected: {}", bob.error());
    // [[/rejected]]
}
