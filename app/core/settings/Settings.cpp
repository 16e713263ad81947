#include "Settings.h"

#include "SettingsLogging.h"

#include <QMutex>
#include <QSet>

#include <cmath>

namespace Duet
{

namespace
{

/// Warns once per key and value: limits are read before every run, and one
/// bad value in the settings file should not fill the log.
void warnOnce(QLatin1StringView key, const QString &found, const QString &expected, const QString &used)
{
    static QMutex mutex;
    static QSet<QString> warned;
    const QMutexLocker lock(&mutex);
    const QString seen = key + QLatin1Char('=') + found;
    if (warned.contains(seen))
        return;
    warned.insert(seen);
    qCWarning(lcSettings).noquote()
        << QStringLiteral("the setting %1 is \"%2\", not %3; using %4").arg(key, found, expected, used);
}

QString number(qint64 value)
{
    return QString::number(value);
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

template<typename Number> QString rangeOf(const NumberSetting<Number> &setting)
{
    return QStringLiteral("from %1 to %2 %3").arg(number(setting.minimum), number(setting.maximum), setting.unit);
}

} // namespace

QString Settings::describeRange(const NumberSetting<qint64> &setting)
{
    return rangeOf(setting);
}

QString Settings::describeRange(const NumberSetting<double> &setting)
{
    return rangeOf(setting);
}

qint64 Settings::value(const NumberSetting<qint64> &setting) const
{
    const QVariant stored = m_settings.value(setting.key);
    if (!stored.isValid())
        return setting.defaultValue;
    const QString text = stored.toString().trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || !setting.accepts(value)) {
        warnOnce(setting.key, text, QStringLiteral("a whole number ") + rangeOf(setting), number(setting.defaultValue));
        return setting.defaultValue;
    }
    return value;
}

double Settings::value(const NumberSetting<double> &setting) const
{
    const QVariant stored = m_settings.value(setting.key);
    if (!stored.isValid())
        return setting.defaultValue;
    const QString text = stored.toString().trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || !setting.accepts(value)) {
        warnOnce(setting.key, text, QStringLiteral("a number ") + rangeOf(setting), number(setting.defaultValue));
        return setting.defaultValue;
    }
    return value;
}

bool Settings::value(const FlagSetting &setting) const
{
    const QVariant stored = m_settings.value(setting.key);
    if (!stored.isValid())
        return setting.defaultValue;
    const QString text = stored.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    warnOnce(setting.key, text, QStringLiteral("true or false"),
             setting.defaultValue ? QStringLiteral("true") : QStringLiteral("false"));
    return setting.defaultValue;
}

QStringList Settings::value(const ListSetting &setting) const
{
    return m_settings.value(setting.key).toStringList();
}

bool Settings::setValue(const NumberSetting<qint64> &setting, qint64 value)
{
    if (!setting.accepts(value))
        return false;
    m_settings.setValue(setting.key, value);
    return true;
}

bool Settings::setValue(const NumberSetting<double> &setting, double value)
{
    if (!std::isfinite(value) || !setting.accepts(value))
        return false;
    m_settings.setValue(setting.key, value);
    return true;
}

void Settings::setValue(const FlagSetting &setting, bool value)
{
    m_settings.setValue(setting.key, value);
}

void Settings::setValue(const ListSetting &setting, const QStringList &value)
{
    m_settings.setValue(setting.key, value);
}

} // namespace Duet
