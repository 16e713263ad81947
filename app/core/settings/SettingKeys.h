#pragma once

#include <QLatin1StringView>
#include <QtGlobal>

namespace Duet
{

/// A number in the settings: where it is kept, what it is when unset, and the
/// values it may take. Anything else found there (out of range, not a number,
/// infinite) is ignored in favour of the default, with a warning.
template<typename Number> struct NumberSetting {
    QLatin1StringView key;
    Number defaultValue;
    Number minimum;
    Number maximum;
    /// How the unit reads in a message: "milliseconds", "bytes".
    QLatin1StringView unit;

    [[nodiscard]] constexpr bool accepts(Number value) const { return value >= minimum && value <= maximum; }
};

/// A yes or no in the settings.
struct FlagSetting {
    QLatin1StringView key;
    bool defaultValue;
};

/// A list of strings in the settings, empty when unset.
struct ListSetting {
    QLatin1StringView key;
};

/// A piece of text in the settings (a name, a path), empty when unset; its
/// reader decides whether it still names something that exists.
struct TextSetting {
    QLatin1StringView key;
};

/// What a widget saves of itself (QWidget::saveGeometry(),
/// QSplitter::saveState()), given back to it as it was; empty when unset.
struct StateSetting {
    QLatin1StringView key;
};

/// Every setting Duet reads, with its default and range: adding one is one
/// line here. Keys are "group/name" as QSettings spells them.
namespace Setting
{

using namespace Qt::StringLiterals;

// Group "run": the limits every program Duet runs is held to (RunLimits).
inline constexpr NumberSetting<qint64> runWallMilliseconds {"run/wallMilliseconds"_L1, 10'000, 1, 3'600'000,
                                                            "milliseconds"_L1};
inline constexpr NumberSetting<qint64> runCpuSeconds {"run/cpuSeconds"_L1, 30, 1, 3'600, "seconds"_L1};
inline constexpr NumberSetting<qint64> runAddressSpaceBytes {"run/addressSpaceBytes"_L1, qint64(1) << 30,
                                                             qint64(64) << 20, qint64(64) << 30, "bytes"_L1};
inline constexpr NumberSetting<qint64> runFileSizeBytes {"run/fileSizeBytes"_L1, qint64(64) << 20, qint64(1) << 20,
                                                         qint64(4) << 30, "bytes"_L1};
inline constexpr NumberSetting<qint64> runOutputBytesPerStream {"run/outputBytesPerStream"_L1, qint64(1) << 20,
                                                                qint64(1) << 10, qint64(256) << 20, "bytes"_L1};
inline constexpr NumberSetting<qint64> runMemoryBytes {"run/memoryBytes"_L1, qint64(1) << 30, qint64(64) << 20,
                                                       qint64(64) << 30, "bytes"_L1};
inline constexpr NumberSetting<qint64> runProcesses {"run/processes"_L1, 256, 8, 4'096, "processes"_L1};

// Group "cache": the compiled programs kept for reuse (ProgramCache).
inline constexpr NumberSetting<qint64> cacheProgramsBytes {"cache/programsBytes"_L1, qint64(512) << 20,
                                                           qint64(16) << 20, qint64(64) << 30, "bytes"_L1};

// Group "trace": stepping through programs (TraceRequest).
inline constexpr NumberSetting<qint64> traceMaxSteps {"trace/maxSteps"_L1, 2'000, 1, 100'000, "steps"_L1};

// Group "view": how the window shows text (ThemeController). An empty theme
// follows the system's light or dark.
inline constexpr TextSetting viewTheme {"view/theme"_L1};
inline constexpr NumberSetting<qint64> viewZoom {"view/zoom"_L1, 0, -6, 20, "steps"_L1};

// Group "window": the window as it was left (MainWindow, RunPanel).
inline constexpr StateSetting windowGeometry {"window/geometry"_L1};
inline constexpr StateSetting windowMainSplitter {"window/mainSplitter"_L1};
inline constexpr StateSetting windowContentSplitter {"window/contentSplitter"_L1};
inline constexpr StateSetting windowCodeSplitter {"window/codeSplitter"_L1};
inline constexpr FlagSetting windowSidebar {"window/sidebar"_L1, true};
inline constexpr FlagSetting windowExplanation {"window/explanation"_L1, true};
inline constexpr FlagSetting windowRunArea {"window/runArea"_L1, false};
/// The section shown last, as Lesson::address() spells it.
inline constexpr TextSetting windowSection {"window/section"_L1};
/// How many rounds Run both and Run ×N make.
inline constexpr NumberSetting<qint64> runRounds {"run/rounds"_L1, 5, 1, 100, "rounds"_L1};

// Group "lessons": what the learner opened (RememberedLessons).
inline constexpr ListSetting openedLessons {"lessons/opened"_L1};
inline constexpr TextSetting lastLessonFolder {"lessons/lastFolder"_L1};

// Group "trust": lesson packs whose programs may run where no sandbox can be made (PackTrust).
inline constexpr ListSetting trustedPacks {"trust/packs"_L1};

} // namespace Setting

} // namespace Duet
