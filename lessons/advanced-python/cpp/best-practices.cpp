#include <algorithm>
#include <charconv>
#include <concepts>
#include <expected>
#include <format>
#include <functional>
#include <print>
#include <ranges>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

struct Order {
    std::string customer;
    int quantity;
    double unit_price;

    double total() const { return quantity * unit_price; }
};

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(' ');
    const auto last = text.find_last_not_of(' ');
    return first == std::string_view::npos ? std::string_view{} : text.substr(first, last - first + 1);
}

template <typename Number>
bool parse_number(std::string_view text, Number &number)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    return error == std::errc{} && end == text.data() + text.size();
}

// [[parse]]
std::expected<Order, std::string> parse_order(std::string_view line)
{
    const auto fields = line | std::views::split(',')
        | std::views::transform([](auto field) { return trimmed(std::string_view(field.begin(), field.end())); })
        | std::ranges::to<std::vector>();
    if (fields.size() != 3)
        return std::unexpected(std::format("expected 3 fields, not {}", fields.size()));
    int quantity = 0;
    if (!parse_number(fields[1], quantity))
        return std::unexpected(std::format("quantity '{}' is not a whole number", fields[1]));
    if (quantity <= 0)
        return std::unexpected(std::format("quantity must be positive, not {}", quantity));
    double price = 0;
    if (!parse_number(fields[2], price))
        return std::unexpected(std::format("price '{}' is not a number", fields[2]));
    return Order{std::string(fields[0]), quantity, price};
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
auto logged(Action action)
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

    std::vector<Order> import_lines(const std::vector<std::string_view> &lines)
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
    const std::vector<std::string_view> lines{"ada, 3, 2.50", "bob, zero, 1.00", "cy, 0, 9.99", "dee, 2, 10.00",
                                              "eve, 4, 3.00"};
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
