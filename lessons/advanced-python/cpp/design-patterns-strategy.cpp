#include <algorithm>
#include <array>
#include <format>
#include <functional>
#include <memory>
#include <print>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

// Python's number[-4:] gives the whole string when it is shorter than four
// characters; substr(size() - 4) would throw std::out_of_range instead.
std::string_view last_four(std::string_view number)
{
    return number.substr(number.size() - std::min(number.size(), 4uz));
}

// [[interface]]
class PaymentStrategy {
public:
    virtual ~PaymentStrategy() = default;
    virtual std::string pay(double amount) const = 0;
};
// [[/interface]]

// [[strategies]]
class CreditCard final : public PaymentStrategy {
public:
    explicit CreditCard(std::string number)
        : number_{std::move(number)}
    {
    }
    std::string pay(double amount) const override
    {
        return std::format("paid {:.2f} by card ending {}", amount, last_four(number_));
    }

private:
    std::string number_;
};

class PayPal final : public PaymentStrategy {
public:
    explicit PayPal(std::string email)
        : email_{std::move(email)}
    {
    }
    std::string pay(double amount) const override
    {
        return std::format("paid {:.2f} through PayPal as {}", amount, email_);
    }

private:
    std::string email_;
};

class BankTransfer final : public PaymentStrategy {
public:
    std::string pay(double amount) const override
    {
        return std::format("paid {:.2f} by transfer, fee included", amount + fee);
    }

private:
    static constexpr double fee = 0.5;
};
// [[/strategies]]

// [[processor]]
class PaymentProcessor {
public:
    explicit PaymentProcessor(std::unique_ptr<PaymentStrategy> strategy)
        : strategy_{std::move(strategy)}
    {
    }
    void set_strategy(std::unique_ptr<PaymentStrategy> strategy) { strategy_ = std::move(strategy); }
    void checkout(double amount) const { std::println("{}", strategy_->pay(amount)); }

private:
    std::unique_ptr<PaymentStrategy> strategy_;
};
// [[/processor]]

// [[callables]]
std::string cash(double amount)
{
    return std::format("paid {:.2f} in cash", amount);
}

[[nodiscard]] auto gift_card(double balance)
{
    return [balance](double amount) {
        return std::format("paid {:.2f} by gift card, {:.2f} left", amount, balance - amount);
    };
}
// [[/callables]]

// [[closed-set]]
struct Card {
    std::string number;
};

struct Voucher {
    std::string code;
    double value;
};

// One lambda per alternative. Overloaded is an aggregate, so C++20 deduces its
// template arguments from the lambdas it is initialised with.
template <typename... Handlers>
struct Overloaded : Handlers... {
    using Handlers::operator()...;
};

using PaymentMethod = std::variant<Card, Voucher>;

std::string settle(const PaymentMethod &method, double amount)
{
    return std::visit(Overloaded{
                          [&](const Card &card) {
                              return std::format("charged {:.2f} to card ending {}", amount,
                                                 last_four(card.number));
                          },
                          [&](const Voucher &voucher) {
                              return std::format("voucher {} covers {:.2f}", voucher.code,
                                                 std::min(amount, voucher.value));
                          },
                      },
                      method);
}
// [[/closed-set]]

int main()
{
    // [[choice]]
    PaymentProcessor processor{std::make_unique<CreditCard>("4111111111111111")};
    processor.checkout(25.0);
    processor.set_strategy(std::make_unique<PayPal>("ada@example.org"));
    processor.checkout(12.5);
    processor.set_strategy(std::make_unique<BankTransfer>());
    processor.checkout(100.0);
    // [[/choice]]

    // [[callables]]
    const std::vector<std::function<std::string(double)>> payments{cash, gift_card(50.0)};
    for (const auto &pay : payments)
        std::println("{}", pay(20.0));
    // [[/callables]]

    // [[closed-set]]
    const std::array<PaymentMethod, 2> methods{Card{"5500000000000004"}, Voucher{"WELCOME", 10.0}};
    for (const PaymentMethod &method : methods)
        std::println("{}", settle(method, 15.0));
    // [[/closed-set]]
}
