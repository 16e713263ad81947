#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace Duet
{

/// A value in GDB/MI output: a c-string constant, a tuple `{name=value,...}`
/// or a list `[value,...]` / `[name=value,...]`. Fields keep their order and
/// may repeat (gdb writes `frame={...},frame={...}`), so lookup by name gives
/// the first. A missing field reads as an invalid value whose string is empty,
/// which makes chains like `record.results["frame"]["line"]` safe.
class GdbMiValue
{
public:
    enum class Kind { Invalid, String, Tuple, List };
    struct Field;

    GdbMiValue();
    // Defined where Field is complete: a value holds a vector of fields that
    // hold values.
    GdbMiValue(const GdbMiValue &other);
    GdbMiValue(GdbMiValue &&other) noexcept;
    GdbMiValue &operator=(const GdbMiValue &other);
    GdbMiValue &operator=(GdbMiValue &&other) noexcept;
    ~GdbMiValue();

    static GdbMiValue fromString(const QString &text);
    static GdbMiValue tuple();
    static GdbMiValue tuple(std::vector<Field> fields);
    static GdbMiValue list();
    static GdbMiValue list(std::vector<Field> items);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isValid() const { return m_kind != Kind::Invalid; }
    /// The text of a string; empty for anything else.
    [[nodiscard]] QString string() const { return m_text; }
    /// The first field called `name` of a tuple or of a list of results.
    [[nodiscard]] GdbMiValue operator[](QStringView name) const;
    /// The fields of a tuple or the items of a list (items of a list of
    /// plain values have empty names).
    [[nodiscard]] const std::vector<Field> &fields() const { return m_fields; }
    /// The values alone, in order.
    [[nodiscard]] std::vector<GdbMiValue> values() const;
    void append(Field field);

    /// Back to MI syntax, for messages and tests.
    [[nodiscard]] QString toMi() const;

    friend bool operator==(const GdbMiValue &, const GdbMiValue &);

private:
    Kind m_kind = Kind::Invalid;
    QString m_text;
    std::vector<Field> m_fields;
};

struct GdbMiValue::Field {
    QString name;
    GdbMiValue value;
    friend bool operator==(const Field &, const Field &) = default;
};

} // namespace Duet
