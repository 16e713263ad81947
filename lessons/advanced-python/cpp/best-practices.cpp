#include <algorithm>
#include <array>
#include <charconv>
#include <concepts>
#include <cstddef>
#include <expected>
#include <format>
#include <functional>
#include <optional>
#include <print>
#include <ranges>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

// [[order]]
struct Order {
    std::string customer;
    int quantity;
    double unit_price;

    // [[total]]
    double total() const { return quantity * unit_price; }
    // [[/total]]
};
// [[/order]]

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    return first == std::string_view::npos ? std::string_view{} : text.substr(first, last - first + 1);
}

// One to `most` ASCII digits, as the Python's [0-9]{1,most}.
bool is_digits(std::string_view text, std::size_t most)
{
    return !text.empty() && text.size() <= most
        && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

// As the Python's [0-9]{1,9}(\.[0-9]{1,2})?
bool is_amount(std::string_view text)
{
    const auto point = text.find('.');
    if (point == std::string_view::npos)
        return is_digits(text, 9);
    return is_digits(text.substr(0, point), 9) && is_digits(text.substr(point + 1), 2);
}

// The whole of `text` as a number, or nothing.
template <typename Number>
std::optional<Number> parse_number(std::string_view text)
{
    Number number{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return number;
}

// [[parse]]
[[nodiscard]] std::expected<Order, std::string> parse_order(std::string_view line)
{
    // Python's split(",") gives one field more than there are commas, even
    // for an empty line, where views::split gives none: count the commas.
    const auto field_count = std::ranges::count(line, ',') + 1;
    if (field_count != 3)
        return std::unexpected(std::format("expected 3 fields, not {}", field_count));
    const auto fields = line | std::views::split(',')
        | std::views::transform([](auto field) { return trimmed(std::string_view(field)); })
        | std::ranges::to<std::vector>();
    const auto quantity = is_digits(fields[1], 6) ? parse_number<int>(fields[1]) : std::nullopt;
    if (!quantity || *quantity == 0)
        return std::unexpected(std::format("quantity '{}' is not a whole number from 1 to 999999", fields[1]));
    const auto price = is_amount(fields[2]) ? parse_number<double>(fields[2]) : std::nullopt;
    if (!price)
        return std::unexpected(std::format("price '{}' is not an amount such as 9.99", fields[2]));
    return Order{std::string(fields[0]), *quantity, *price};
}
// [[/parse]]

// [[protocol]]
template <typename T>
concept Notifier = requires(T &notifier, const std::string &message) { notifier.send(message); };

struct ConsoleNotifier {
    void send(const std::string &message) const { std::println("notify: {}", message); }
};
// [[/protocol]]

// [[cross-cutting]]
template <typename Action>
[[nodiscard]] auto logged(Action action)
{
    return [action = std::move(action)](const Order &order) {
        std::println("handling order for {}", order.customer);
        action(order);
    };
}
// [[/cross-cutting]]

// [[composition]]
template <Notifier Sink>
class OrderService {
public:
    explicit OrderService(Sink notifier)
        : notifier_{std::move(notifier)}
    {
    }

    std::vector<Order> import_lines(std::span<const std::string_view> lines)
    {
        std::vector<Order> orders;
        for (const auto [number, line] : std::views::enumerate(lines)) {
            if (auto order = parse_order(line))
                orders.push_back(std::move(*order));
            else
                notifier_.send(std::format("line {} skipped: {}", number + 1, order.error()));
        }
        return orders;
    }

    Sink &notifier() { return notifier_; }

private:
    Sink notifier_;
};
// [[/composition]]

int main()
{
    OrderService service{ConsoleNotifier{}};
    const std::array<std::string_view, 8> lines{
        "ada, 3, 2.50", "bob, zero, 1.00", "cy, 0, 9.99", "dee,\t2,\t10.00",
        "eve, 4, 3.00", "fay, +3, 1.00",   "gus, 2",      "hal, 1, 1e3",
    };
    const std::vector<Order> orders = service.import_lines(lines);
    // [[functional]]
    auto large = orders | std::views::filter([](const Order &order) { return order.total() >= 10; });
    const double revenue = std::ranges::fold_left(orders | std::views::transform(&Order::total), 0.0, std::plus{});
    // [[/functional]]
    const auto confirm = logged([&service](const Order &order) {
        service.notifier().send(std::format("{} owes {:.2f}", order.customer, order.total()));
    });
    for (const Order &order : large)
        confirm(order);
    std::println("revenue {:.2f} from {} orders", revenue, orders.size());
}
