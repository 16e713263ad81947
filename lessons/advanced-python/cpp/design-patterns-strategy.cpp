#include <algorithm>
#include <format>
#include <functional>
#include <memory>
#include <print>
#include <string>
#include <utility>
#include <variant>
#include <vector>

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
        return std::format("paid {:.2f} by card ending {}", amount, number_.substr(number_.size() - 4));
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

auto gift_card(double balance)
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

template <typename... Handlers>
struct Overloaded : Handlers... {
    using Handlers::operator()...;
};
template <typename... Handlers>
Overloaded(Handlers...) -> Overloaded<Handlers...>;

std::string settle(const std::variant<Card, Voucher> &method, double amount)
{
    return std::visit(Overloaded{
                          [&](const Card &card) {
                              return std::format("charged {:.2f} to card ending {}", amount,
                                                 card.number.substr(card.number.size() - 4));
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
    for (const std::variant<Card, Voucher> &method :
         {std::variant<Card, Voucher>{Card{"5500000000000004"}}, std::variant<Card, Voucher>{Voucher{"WELCOME", 10.0}}})
        std::println("{}", settle(method, 15.0));
    // [[/closed-set]]
}
