#include <print>

class DatabaseConnection {
public:
    static DatabaseConnection &instance()
    {
        static DatabaseConnection connection;
        return connection;
    }
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

private:
    DatabaseConnection() { std::println("connecting once"); }
};

int main()
{
    DatabaseConnection &first = DatabaseConnection::instance();
    DatabaseConnection &second = DatabaseConnection::instance();
    std::println("same object: {}", &first == &second ? "True" : "False");
}
