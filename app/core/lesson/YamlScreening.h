#pragma once

#include <QString>

#include <optional>
#include <string>

namespace Duet
{

/// Looks over a front matter's YAML before anything is built from it: one
/// pass over yaml-cpp's parse events, linear in the text. It refuses anchors
/// and aliases (a few hundred bytes of nested aliases expand into billions of
/// nodes when turned into values), more nodes or deeper nesting than any
/// lesson needs, and invalid YAML.
class YamlScreening
{
public:
    struct Refusal {
        /// 0-based line in the YAML text.
        int line = 0;
        QString message;
    };

    /// Why `yaml` cannot be used, or nullopt when it can.
    [[nodiscard]] static std::optional<Refusal> check(const std::string &yaml, int maximumNodes, int maximumDepth);
};

} // namespace Duet
