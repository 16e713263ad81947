#pragma once

#include "core/lesson/Lesson.h"

namespace Duet
{

/// The empty programs whose runs show what starting each language costs:
/// an empty Python script, run by the same interpreter with the same flags
/// as a section's Python, and an empty C++ program built with the demos'
/// flags (`libexec/duet/startup_baseline`, beside the demos; the underscore
/// keeps it apart from any lesson id). A run session times them through the
/// same runner as the programs themselves.
class StartupBaseline
{
public:
    /// The empty C++ executable, or an empty string when it is not installed.
    [[nodiscard]] static QString cppExecutable();
    /// A section whose two programs are the empty ones.
    [[nodiscard]] static Section section();
    /// Whether `language`'s start-up can be measured here.
    [[nodiscard]] static bool isAvailable(Language language);
};

} // namespace Duet
