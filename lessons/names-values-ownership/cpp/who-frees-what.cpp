#include <algorithm>
#include <memory>
#include <print>
#include <string>
#include <string_view>
#include <vector>

std::vector<std::string> freed;

// [[node]]
struct Node {
    explicit Node(std::string name)
        : name{std::move(name)}
    { }
    ~Node() { freed.push_back(name); } // runs the moment its life ends
    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;

    std::string name;
    std::shared_ptr<Node> partner; // shares ownership
    std::weak_ptr<Node> owner;     // observes without owning
};
// [[/node]]

void report(std::string_view moment)
{
    std::ranges::sort(freed);
    std::string names;
    for (const auto &name : freed)
        names += (names.empty() ? "" : ", ") + name;
    std::println("{}: freed {}", moment, names.empty() ? "nothing" : names);
    freed.clear();
}

std::string seen(const std::weak_ptr<Node> &watcher)
{
    const auto target = watcher.lock(); // a shared_ptr, empty if it is gone
    return target ? target->name : "nothing";
}

// [[scope]]
void use_scratch()
{
    const Node scratch{"scratch"}; // lives in this scope
    // The sole owner of a Node on the heap:
    const auto buffer = std::make_unique<Node>("buffer");
    std::println("working with {} and {}", scratch.name, buffer->name);
} // both destroyed here, in reverse order of construction
// [[/scope]]

int main()
{
    // [[counting]]
    auto draft = std::make_shared<Node>("draft");
    auto also_draft = draft; // use_count() is now 2
    draft.reset();
    report("one of two names dropped");
    also_draft.reset();
    report("last name dropped");
    // [[/counting]]

    // [[scope]]
    use_scratch();
    report("function returned");
    // [[/scope]]

    // [[weak]]
    auto cache = std::make_shared<Node>("cache");
    const std::weak_ptr<Node> watcher = cache;
    std::println("watcher sees {}", seen(watcher));
    cache.reset();
    std::println("watcher sees {}", seen(watcher));
    report("cache dropped");
    // [[/weak]]

    // [[cycle]]
    auto parent = std::make_shared<Node>("parent");
    auto child = std::make_shared<Node>("child");
    parent->partner = child;
    child->partner = parent;
    const std::weak_ptr<Node> watch_parent = parent;
    parent.reset();
    child.reset();
    report("both names of a cycle dropped");
    std::println("watcher sees {}", seen(watch_parent));
    // Nothing will ever collect the pair, so this program breaks the cycle
    // by hand before it ends; a real one would not have made it.
    if (const auto survivor = watch_parent.lock())
        survivor->partner.reset();
    report("cycle reclaimed");
    // [[/cycle]]

    // [[weak-back]]
    parent = std::make_shared<Node>("parent");
    child = std::make_shared<Node>("child");
    parent->partner = child;
    child->owner = parent; // the way back does not own
    parent.reset();
    child.reset();
    report("with a weak way back");
    // [[/weak-back]]
}
