#include "GdbMiValue.h"

namespace Duet
{

namespace
{

QString quoted(const QString &text)
{
    QString result = QStringLiteral("\"");
    for (const QChar character : text) {
        switch (character.unicode()) {
        case '"':
            result += QLatin1String("\\\"");
            break;
        case '\\':
            result += QLatin1String("\\\\");
            break;
        case '\n':
            result += QLatin1String("\\n");
            break;
        case '\t':
            result += QLatin1String("\\t");
            break;
        default:
            result += character;
        }
    }
    return result + QLatin1Char('"');
}

} // namespace

GdbMiValue::GdbMiValue() = default;
GdbMiValue::GdbMiValue(const GdbMiValue &other) = default;
GdbMiValue::GdbMiValue(GdbMiValue &&other) noexcept = default;
GdbMiValue &GdbMiValue::operator=(const GdbMiValue &other) = default;
GdbMiValue &GdbMiValue::operator=(GdbMiValue &&other) noexcept = default;
GdbMiValue::~GdbMiValue() = default;

GdbMiValue GdbMiValue::fromString(const QString &text)
{
    GdbMiValue value;
    value.m_kind = Kind::String;
    value.m_text = text;
    return value;
}

GdbMiValue GdbMiValue::tuple()
{
    return tuple(std::vector<Field> {});
}

GdbMiValue GdbMiValue::list()
{
    return list(std::vector<Field> {});
}

GdbMiValue GdbMiValue::tuple(std::vector<Field> fields)
{
    GdbMiValue value;
    value.m_kind = Kind::Tuple;
    value.m_fields = std::move(fields);
    return value;
}

GdbMiValue GdbMiValue::list(std::vector<Field> items)
{
    GdbMiValue value;
    value.m_kind = Kind::List;
    value.m_fields = std::move(items);
    return value;
}

GdbMiValue GdbMiValue::operator[](QStringView name) const
{
    for (const Field &field : m_fields) {
        if (field.name == name)
            return field.value;
    }
    return {};
}

std::vector<GdbMiValue> GdbMiValue::values() const
{
    std::vector<GdbMiValue> result;
    result.reserve(m_fields.size());
    for (const Field &field : m_fields)
        result.push_back(field.value);
    return result;
}

void GdbMiValue::append(Field field)
{
    m_fields.push_back(std::move(field));
}

QString GdbMiValue::toMi() const
{
    switch (m_kind) {
    case Kind::Invalid:
        return {};
    case Kind::String:
        return quoted(m_text);
    case Kind::Tuple:
    case Kind::List:
        break;
    }
    QString result = m_kind == Kind::Tuple ? QStringLiteral("{") : QStringLiteral("[");
    bool first = true;
    for (const Field &field : m_fields) {
        if (!first)
            result += QLatin1Char(',');
        first = false;
        if (!field.name.isEmpty())
            result += field.name + QLatin1Char('=');
        result += field.value.toMi();
    }
    return result + (m_kind == Kind::Tuple ? QLatin1Char('}') : QLatin1Char(']'));
}

bool operator==(const GdbMiValue &left, const GdbMiValue &right)
{
    return left.m_kind == right.m_kind && left.m_text == right.m_text && left.m_fields == right.m_fields;
}

} // namespace Duet
