#pragma once

#include "GdbMiRecord.h"

#include <QByteArray>
#include <QList>

#include <expected>

namespace Duet
{

/// Reads GDB/MI output (the grammar of gdb's manual, "GDB/MI Output
/// Syntax"): records with optional tokens, results that are c-strings,
/// tuples and lists, and c-strings with C escapes including octal bytes,
/// which are joined and read as UTF-8. Output arrives in arbitrary chunks;
/// feed() keeps an incomplete last line until the rest comes.
class GdbMiParser
{
public:
    /// The records of every line completed by `data`. A line that is not
    /// valid MI comes back as an Unknown record holding its text.
    [[nodiscard]] QList<GdbMiRecord> feed(QByteArrayView data);

    /// Parses one line (without its line ending); says what is wrong and at
    /// which byte when it is not MI.
    [[nodiscard]] static std::expected<GdbMiRecord, QString> parseLine(QByteArrayView line);
    /// Decodes a c-string that starts at `line[position]` (the opening quote)
    /// and moves `position` past its closing quote.
    [[nodiscard]] static std::expected<QString, QString> parseCString(QByteArrayView line, qsizetype &position);

private:
    QByteArray m_pending;
};

} // namespace Duet
