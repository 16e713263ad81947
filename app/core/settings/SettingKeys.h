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

// Group "trust": lesson packs whose programs may run where no sandbox can be made (PackTrust).
inline constexpr ListSetting trustedPacks {"trust/packs"_L1};

} // namespace Setting

} // namespace Duet
