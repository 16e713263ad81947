#include <print>
#include <string>
#include <string_view>

constexpr std::string_view python_bool(bool value)
{
    return value ? "True" : "False";
}

// [[metaclass]]
// One instance per class that derives from Singleton<itself>.
template <typename Derived>
class Singleton {
public:
    [[nodiscard]] static Derived &instance()
    {
        static Derived only; // initialised once, on first use, thread-safely
        return only;
    }

    Singleton(const Singleton &) = delete;
    Singleton &operator=(const Singleton &) = delete;

protected:
    Singleton() = default;
    ~Singleton() = default;
};
// [[/metaclass]]

// [[connection]]
class DatabaseConnection : public Singleton<DatabaseConnection> {
public:
    void execute(std::string_view query)
    {
        ++queries_;
        std::println("[{}] {}", queries_, query);
    }

private:
    friend class Singleton<DatabaseConnection>; // only instance() may construct

    DatabaseConnection()
        : url_{"postgres://localhost/shop"}
    {
        std::println("connecting to {}", url_);
    }

    std::string url_;
    int queries_ = 0;
};
// [[/connection]]

class Cache : public Singleton<Cache> {
    friend class Singleton<Cache>;
    Cache() = default;
};

int main()
{
    // [[usage]]
    DatabaseConnection &first = DatabaseConnection::instance();
    DatabaseConnection &second = DatabaseConnection::instance();
    first.execute("SELECT * FROM orders");
    second.execute("SELECT * FROM customers");
    std::println("same object: {}", python_bool(&first == &second));
    const void *cache = &Cache::instance();
    std::println("another class gets its own instance: {}", python_bool(cache != &first));
    // [[/usage]]
}
