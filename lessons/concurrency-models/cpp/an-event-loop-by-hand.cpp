#include <cctype>
#include <coroutine>
#include <deque>
#include <exception>
#include <optional>
#include <print>
#include <string>
#include <string_view>
#include <utility>

// [[scheduler]]
// The event loop: a queue of coroutines that are ready to go on. run()
// resumes them one at a time until none is ready.
class Scheduler
{
public:
    void ready(std::coroutine_handle<> coroutine)
    {
        m_ready.push_back(coroutine);
    }

    void run()
    {
        while (!m_ready.empty()) {
            const std::coroutine_handle<> next = m_ready.front();
            m_ready.pop_front();
            // runs until its next co_await that has to wait, or its end
            next.resume();
        }
    }

private:
    std::deque<std::coroutine_handle<>> m_ready;
};
// [[/scheduler]]

// [[task]]
// A coroutine that starts suspended, for the scheduler to start, and whose
// frame is destroyed with the Task object.
class Task
{
public:
    struct promise_type {
        Task get_return_object()
        {
            return Task{
                std::coroutine_handle<promise_type>::from_promise(*this)};
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        void return_void() noexcept { }
        // This small loop has nowhere to report an exception to.
        void unhandled_exception() noexcept { std::terminate(); }
    };

    Task(Task &&other) noexcept
        : m_handle{std::exchange(other.m_handle, {})}
    { }
    Task &operator=(Task &&) = delete;
    ~Task()
    {
        if (m_handle)
            m_handle.destroy();
    }

    std::coroutine_handle<> handle() const { return m_handle; }

private:
    explicit Task(std::coroutine_handle<promise_type> handle)
        : m_handle{handle}
    { }

    std::coroutine_handle<promise_type> m_handle;
};
// [[/task]]

// [[channel]]
// One direction of a connection. receive() suspends the coroutine that awaits
// it until a line arrives or the channel is closed; send() and close() hand
// the waiting coroutine back to the scheduler.
class Channel
{
public:
    explicit Channel(Scheduler &scheduler)
        : m_scheduler{scheduler}
    { }

    void send(std::string line)
    {
        m_lines.push_back(std::move(line));
        wake();
    }

    void close()
    {
        m_closed = true;
        wake();
    }

    auto receive()
    {
        struct Awaiter {
            Channel &channel;
            bool await_ready() const noexcept
            {
                return !channel.m_lines.empty() || channel.m_closed;
            }
            void await_suspend(std::coroutine_handle<> waiting) noexcept
            {
                channel.m_waiting = waiting;
            }
            std::optional<std::string> await_resume()
            {
                if (channel.m_lines.empty())
                    return std::nullopt; // closed, and nothing left to read
                std::string line = std::move(channel.m_lines.front());
                channel.m_lines.pop_front();
                return line;
            }
        };
        return Awaiter{*this};
    }

private:
    void wake()
    {
        if (m_waiting)
            m_scheduler.ready(std::exchange(m_waiting, nullptr));
    }

    Scheduler &m_scheduler;
    std::deque<std::string> m_lines;
    std::coroutine_handle<> m_waiting;
    bool m_closed = false;
};
// [[/channel]]

std::string upper(std::string text)
{
    for (char &character : text)
        character = static_cast<char>(
            std::toupper(static_cast<unsigned char>(character)));
    return text;
}

// [[server]]
Task serve(Channel &incoming, Channel &outgoing)
{
    // receive() gives std::nullopt once the client has closed its end.
    while (const auto line = co_await incoming.receive()) {
        std::println("server: got {}", *line);
        outgoing.send(upper(*line));
    }
    std::println("server: client left");
    outgoing.close();
}
// [[/server]]

// [[client]]
Task client(Channel &incoming, Channel &outgoing)
{
    for (const std::string_view word : {"ping", "hello", "bye"}) {
        std::println("client: send {}", word);
        outgoing.send(std::string{word});
        const auto reply = co_await incoming.receive(); // waits for it
        std::println("client: got {}", reply.value_or("nothing: closed"));
    }
    outgoing.close();
}
// [[/client]]

int main()
{
    // [[run]]
    // [[scheduler]]
    Scheduler loop;
    // [[/scheduler]]
    // [[channel]]
    Channel to_server{loop};
    Channel to_client{loop};
    // [[/channel]]
    // [[task]]
    const Task server = serve(to_server, to_client);
    const Task talker = client(to_client, to_server);
    loop.ready(server.handle());
    loop.ready(talker.handle());
    // [[/task]]
    // [[scheduler]]
    loop.run();
    // [[/scheduler]]
    // [[/run]]
}
