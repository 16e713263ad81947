#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <print>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

struct Jobs {
    std::mutex mutex;
    // _any: it can also wake on a stop request
    std::condition_variable_any changed;
    std::deque<std::string> waiting;
    std::vector<std::string> done;
};

// [[worker]]
void worker(std::stop_token token, Jobs &jobs)
{
    const auto has_job = [&] { return !jobs.waiting.empty(); };
    std::unique_lock lock{jobs.mutex};
    // Waits until there is a job or a stop is requested; false means stopped.
    while (jobs.changed.wait(lock, token, has_job)) {
        jobs.done.push_back(std::move(jobs.waiting.front()));
        jobs.waiting.pop_front();
        jobs.changed.notify_all();
    }
    std::println("worker: stopped while waiting, after {} jobs",
                 jobs.done.size());
}
// [[/worker]]

// [[slow]]
void slow_lookup(std::stop_token token, std::promise<std::string> result)
{
    std::mutex mutex;
    std::condition_variable_any never_notified;
    std::unique_lock lock{mutex};
    // Stands in for a network call that hangs, but honours a stop request.
    never_notified.wait_for(lock, token, 10s, [] { return false; });
    if (token.stop_requested()) {
        std::println("lookup: stopped early");
        return; // the promise is dropped unfulfilled
    }
    result.set_value("found");
}
// [[/slow]]

// [[blocking]]
void blocking_call()
{
    std::this_thread::sleep_for(60ms); // never looks at a stop token
}
// [[/blocking]]

int main()
{
    // [[cancel]]
    Jobs jobs;
    {
        // jthread passes its stop token first
        std::jthread thread{worker, std::ref(jobs)};
        {
            std::unique_lock lock{jobs.mutex};
            for (const char *job : {"resize", "crop", "upload"})
                jobs.waiting.emplace_back(job);
            jobs.changed.notify_all();
            // until every job is finished
            jobs.changed.wait(lock, [&] { return jobs.done.size() == 3; });
        }
        thread.request_stop();
    } // joined here
    std::println("main: worker cancelled; done: {}, {}, {}", jobs.done[0],
                 jobs.done[1], jobs.done[2]);
    // [[/cancel]]

    // [[timeout]]
    auto started = std::chrono::steady_clock::now();
    std::promise<std::string> promise;
    std::future<std::string> answer = promise.get_future();
    std::jthread lookup{slow_lookup, std::move(promise)};
    if (answer.wait_for(50ms) == std::future_status::timeout) {
        lookup.request_stop();
        lookup.join();
        const auto waited = std::chrono::steady_clock::now() - started;
        std::println("main: gave up on the lookup after 50 ms "
                     "(well before its 10 s: {})",
                     waited < 5s ? "yes" : "no");
    } else {
        std::println("lookup: {}", answer.get());
    }
    // [[/timeout]]

    // [[uncooperative]]
    started = std::chrono::steady_clock::now();
    {
        const std::jthread call{blocking_call};
        std::this_thread::sleep_for(10ms); // the deadline passes
        // Leaving the block, the destructor requests a stop, which
        // blocking_call never sees, and waits for it to end.
    }
    const auto ran = std::chrono::steady_clock::now() - started;
    std::println(
        "a call that never checks, given 10 ms: ran its full 60 ms: {}",
        ran >= 60ms ? "yes" : "no");
    // [[/uncooperative]]
}
