#include <algorithm>
#include <chrono>
#include <numeric>
#include <print>
#include <utility>
#include <vector>

// [[ledger]]
struct Ledger {
    static inline int copies = 0; // how many times any ledger was copied

    std::vector<int> entries;

    Ledger() = default;
    Ledger(const Ledger &other)
        : entries{other.entries}
    {
        ++copies;
    }
    Ledger &operator=(const Ledger &other)
    {
        entries = other.entries;
        ++copies;
        return *this;
    }
    // Moving takes the other ledger's buffer: no element is copied.
    // noexcept matters: a growing std::vector moves its elements only if
    // moving cannot throw, and copies them otherwise.
    Ledger(Ledger &&) noexcept = default;
    Ledger &operator=(Ledger &&) noexcept = default;
    ~Ledger() = default;
};
// [[/ledger]]

// [[build]]
Ledger build_ledger()
{
    Ledger ledger;
    ledger.entries = {120, -40, 75};
    return ledger; // built in the caller's object, or moved: never copied
}
// [[/build]]

double milliseconds_since(std::chrono::steady_clock::time_point start)
{
    const auto elapsed = std::chrono::steady_clock::now() - start;
    return std::chrono::duration<double, std::milli>(elapsed).count();
}

int main()
{
    // [[copy-and-move]]
    auto ledger = build_ledger();
    std::println("built a ledger of {} entries, copies so far: {}",
                 ledger.entries.size(), Ledger::copies);
    std::vector<Ledger> archive;
    archive.push_back(ledger); // the archive gets its own copy
    std::println("archived a copy, copies so far: {}", Ledger::copies);
    archive.push_back(std::move(ledger)); // takes the ledger's buffer
    ledger = Ledger{}; // moved-from: give it a known value
    std::println("handed the ledger over, copies so far: {}", Ledger::copies);
    std::println("the old name now holds {} entries", ledger.entries.size());
    // [[/copy-and-move]]

    // [[const-move]]
    const Ledger read_only = build_ledger();
    archive.push_back(std::move(read_only)); // const: this copies
    std::println("handing over a read-only ledger, copies so far: {}",
                 Ledger::copies);
    // [[/const-move]]

    // [[cost]]
    std::vector<int> numbers(1'000'000);
    std::iota(numbers.begin(), numbers.end(), 0);
    std::vector<std::vector<int>> kept; // so no copy is optimised away
    std::vector<double> copy_times;
    std::vector<double> move_times;
    for (int sample = 0; sample < 5; ++sample) {
        auto start = std::chrono::steady_clock::now();
        std::vector<int> duplicate = numbers;
        copy_times.push_back(milliseconds_since(start));
        kept.push_back(std::move(duplicate));

        start = std::chrono::steady_clock::now();
        std::vector<int> owner = std::move(numbers);
        move_times.push_back(milliseconds_since(start));
        numbers = std::move(owner); // give them back for the next sample
    }
    const double copy_ms = std::ranges::min(copy_times);
    const double move_ms = std::ranges::min(move_times);
    std::println("copying {} numbers: {:.3f} ms (fastest of 5)",
                 numbers.size(), copy_ms);
    std::println("handing them over: {:.3f} ms (fastest of 5)", move_ms);
    std::println("copying cost more than handing over: {}",
                 copy_ms > move_ms ? "yes" : "no");
    std::println("copies kept alive meanwhile: {}", kept.size());
    // [[/cost]]
}
