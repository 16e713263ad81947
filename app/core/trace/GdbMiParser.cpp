#include "GdbMiParser.h"

namespace Duet
{

namespace
{

/// A recursive-descent reader over one line.
class LineReader
{
public:
    explicit LineReader(QByteArrayView line)
        : m_line(line)
    { }

    std::expected<GdbMiRecord, QString> record();

private:
    [[nodiscard]] bool atEnd() const { return m_position >= m_line.size(); }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : m_line.at(m_position); }
    std::unexpected<QString> error(const QString &what) const
    {
        return std::unexpected(QStringLiteral("%1 at byte %2").arg(what).arg(m_position));
    }
    bool take(char expected)
    {
        if (peek() != expected)
            return false;
        ++m_position;
        return true;
    }

    QString word();
    std::expected<GdbMiValue::Field, QString> result();
    std::expected<GdbMiValue, QString> value();
    std::expected<GdbMiValue, QString> container(char close, GdbMiValue::Kind kind);

    QByteArrayView m_line;
    qsizetype m_position = 0;
};

/// Characters of a variable or class name: gdb uses letters, digits, '-' and '_'.
bool isWordCharacter(char character)
{
    return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z')
        || (character >= '0' && character <= '9') || character == '-' || character == '_' || character == '.';
}

QString LineReader::word()
{
    const qsizetype start = m_position;
    while (!atEnd() && isWordCharacter(peek()))
        ++m_position;
    return QString::fromLatin1(m_line.sliced(start, m_position - start));
}

std::expected<GdbMiValue::Field, QString> LineReader::result()
{
    const QString name = word();
    if (name.isEmpty())
        return error(QStringLiteral("expected a name"));
    if (!take('='))
        return error(QStringLiteral("expected '=' after \"%1\"").arg(name));
    auto parsed = value();
    if (!parsed)
        return std::unexpected(parsed.error());
    return GdbMiValue::Field {name, std::move(*parsed)};
}

std::expected<GdbMiValue, QString> LineReader::value()
{
    switch (peek()) {
    case '"': {
        auto text = GdbMiParser::parseCString(m_line, m_position);
        if (!text)
            return std::unexpected(text.error());
        return GdbMiValue::fromString(*text);
    }
    case '{':
        ++m_position;
        return container('}', GdbMiValue::Kind::Tuple);
    case '[':
        ++m_position;
        return container(']', GdbMiValue::Kind::List);
    default:
        return error(QStringLiteral("expected a value"));
    }
}

std::expected<GdbMiValue, QString> LineReader::container(char close, GdbMiValue::Kind kind)
{
    GdbMiValue container = kind == GdbMiValue::Kind::Tuple ? GdbMiValue::tuple() : GdbMiValue::list();
    if (take(close))
        return container;
    while (true) {
        // Lists hold values or results; tuples hold results, though old gdbs
        // also wrote bare values into them.
        if (peek() == '"' || peek() == '{' || peek() == '[') {
            auto item = value();
            if (!item)
                return std::unexpected(item.error());
            container.append({QString(), std::move(*item)});
        } else {
            auto field = result();
            if (!field)
                return std::unexpected(field.error());
            container.append(std::move(*field));
        }
        if (take(close))
            return container;
        if (!take(','))
            return error(QStringLiteral("expected ',' or '%1'").arg(QLatin1Char(close)));
    }
}

std::expected<GdbMiRecord, QString> LineReader::record()
{
    GdbMiRecord record;
    if (m_line.trimmed() == QByteArrayView("(gdb)")) {
        record.type = GdbMiRecord::Type::Prompt;
        return record;
    }
    const qsizetype tokenStart = m_position;
    while (!atEnd() && peek() >= '0' && peek() <= '9')
        ++m_position;
    if (m_position > tokenStart) {
        bool ok = false;
        record.token = m_line.sliced(tokenStart, m_position - tokenStart).toLongLong(&ok);
        if (!ok)
            return error(QStringLiteral("token out of range"));
    }

    const char marker = peek();
    ++m_position;
    switch (marker) {
    case '~':
    case '@':
    case '&': {
        record.type = marker == '~' ? GdbMiRecord::Type::ConsoleStream
            : marker == '@'         ? GdbMiRecord::Type::TargetStream
                                    : GdbMiRecord::Type::LogStream;
        auto text = GdbMiParser::parseCString(m_line, m_position);
        if (!text)
            return std::unexpected(text.error());
        record.text = *text;
        break;
    }
    case '^':
    case '*':
    case '+':
    case '=': {
        record.type = marker == '^' ? GdbMiRecord::Type::Result
            : marker == '*'         ? GdbMiRecord::Type::ExecAsync
            : marker == '+'         ? GdbMiRecord::Type::StatusAsync
                                    : GdbMiRecord::Type::NotifyAsync;
        record.recordClass = word();
        if (record.recordClass.isEmpty())
            return error(QStringLiteral("expected a record class"));
        while (take(',')) {
            // gdb writes +download progress as a bare tuple, without a name.
            if (peek() == '{' || peek() == '[' || peek() == '"') {
                auto item = value();
                if (!item)
                    return std::unexpected(item.error());
                record.results.append({QString(), std::move(*item)});
                continue;
            }
            auto field = result();
            if (!field)
                return std::unexpected(field.error());
            record.results.append(std::move(*field));
        }
        break;
    }
    default:
        --m_position;
        return error(QStringLiteral("not an MI record"));
    }
    // gdb ends lines with "\n", and on some hosts "\r\n".
    while (peek() == '\r' || peek() == ' ')
        ++m_position;
    if (!atEnd())
        return error(QStringLiteral("unexpected text after the record"));
    return record;
}

int octalDigit(char character)
{
    return character >= '0' && character <= '7' ? character - '0' : -1;
}

int hexDigit(char character)
{
    if (character >= '0' && character <= '9')
        return character - '0';
    if (character >= 'a' && character <= 'f')
        return character - 'a' + 10;
    if (character >= 'A' && character <= 'F')
        return character - 'A' + 10;
    return -1;
}

} // namespace

std::expected<QString, QString> GdbMiParser::parseCString(QByteArrayView line, qsizetype &position)
{
    if (position >= line.size() || line.at(position) != '"')
        return std::unexpected(QStringLiteral("expected '\"' at byte %1").arg(position));
    QByteArray bytes;
    for (qsizetype index = position + 1; index < line.size(); ++index) {
        const char character = line.at(index);
        if (character == '"') {
            position = index + 1;
            return QString::fromUtf8(bytes);
        }
        if (character != '\\') {
            bytes += character;
            continue;
        }
        if (++index >= line.size())
            break;
        const char escaped = line.at(index);
        switch (escaped) {
        case 'n':
            bytes += '\n';
            break;
        case 't':
            bytes += '\t';
            break;
        case 'r':
            bytes += '\r';
            break;
        case 'a':
            bytes += '\a';
            break;
        case 'b':
            bytes += '\b';
            break;
        case 'f':
            bytes += '\f';
            break;
        case 'v':
            bytes += '\v';
            break;
        case 'e':
            bytes += '\x1b';
            break;
        case 'x': {
            int code = 0;
            int digits = 0;
            while (digits < 2 && index + 1 < line.size() && hexDigit(line.at(index + 1)) >= 0) {
                code = code * 16 + hexDigit(line.at(++index));
                ++digits;
            }
            if (digits == 0)
                return std::unexpected(QStringLiteral("\\x without digits at byte %1").arg(index));
            bytes += char(code);
            break;
        }
        default:
            if (octalDigit(escaped) >= 0) {
                int code = octalDigit(escaped);
                for (int digits = 1; digits < 3 && index + 1 < line.size() && octalDigit(line.at(index + 1)) >= 0;
                     ++digits)
                    code = code * 8 + octalDigit(line.at(++index));
                bytes += char(code & 0xff);
            } else {
                // \" \\ \' and anything gdb might escape that has no
                // special meaning: the character itself.
                bytes += escaped;
            }
        }
    }
    return std::unexpected(QStringLiteral("unterminated string starting at byte %1").arg(position));
}

std::expected<GdbMiRecord, QString> GdbMiParser::parseLine(QByteArrayView line)
{
    return LineReader(line).record();
}

QList<GdbMiRecord> GdbMiParser::feed(QByteArrayView data)
{
    m_pending.append(data);
    QList<GdbMiRecord> records;
    qsizetype start = 0;
    for (qsizetype end = m_pending.indexOf('\n', start); end >= 0; end = m_pending.indexOf('\n', start)) {
        const QByteArrayView line = QByteArrayView(m_pending).sliced(start, end - start);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        auto parsed = parseLine(line);
        if (parsed) {
            records.append(std::move(*parsed));
        } else {
            GdbMiRecord unknown;
            unknown.type = GdbMiRecord::Type::Unknown;
            unknown.text = QString::fromUtf8(line);
            records.append(std::move(unknown));
        }
    }
    m_pending.remove(0, start);
    return records;
}

} // namespace Duet
