#pragma once

#include "SettingKeys.h"

#include <QSettings>
#include <QStringList>

namespace Duet
{

/// Duet's settings, read and written only through the keys in SettingKeys.h,
/// so every value Duet uses has a type, a default and a range. A value that is
/// unset reads as the default; one that cannot be used (out of range, not a
/// number, not finite) reads as the default too, and says so once, in the
/// `duet.settings` logging category, naming the key, the value and the range.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    Settings() = default;

    [[nodiscard]] qint64 value(const NumberSetting<qint64> &setting) const;
    [[nodiscard]] double value(const NumberSetting<double> &setting) const;
    [[nodiscard]] bool value(const FlagSetting &setting) const;
    [[nodiscard]] QStringList value(const ListSetting &setting) const;

    /// Stores `value`; false (and nothing stored) when it is out of range.
    bool setValue(const NumberSetting<qint64> &setting, qint64 value);
    bool setValue(const NumberSetting<double> &setting, double value);
    void setValue(const FlagSetting &setting, bool value);
    void setValue(const ListSetting &setting, const QStringList &value);

    /// "from 1 to 3600000 milliseconds": the range as a message states it.
    [[nodiscard]] static QString describeRange(const NumberSetting<qint64> &setting);
    [[nodiscard]] static QString describeRange(const NumberSetting<double> &setting);

private:
    mutable QSettings m_settings;
};

} // namespace Duet
