#include "TracebackParser.h"

#include <QRegularExpression>

namespace Duet
{

namespace
{

const QRegularExpression &framePattern()
{
    // `  File "/path/x.py", line 12, in main` (the `in` part is missing for
    // a SyntaxError's location).
    static const QRegularExpression pattern(QStringLiteral(R"(^(\s*File ")(.+)(", line )(\d+)(, in .+)?$)"));
    return pattern;
}

/// The exception line that ends a traceback: "ZeroDivisionError: …".
bool isExceptionLine(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning|Group)\b.*$)"));
    return pattern.match(line).hasMatch();
}

} // namespace

LinkedOutput TracebackParser::parse(const QString &standardError, const QString &programPath,
                                    const CodeListing &listing)
{
    const QStringList lines = standardError.split(QLatin1Char('\n'));
    QString program = programPath;
    if (program.isEmpty()) {
        // The outermost frame of a script is its `<module>`; a SyntaxError
        // in the script names only the script.
        for (const QString &line : lines) {
            const auto frame = framePattern().match(line);
            if (frame.hasMatch()
                && (frame.captured(5).isEmpty() || frame.captured(5) == QLatin1String(", in <module>"))) {
                program = frame.captured(2);
                break;
            }
        }
    }

    LinkedOutput output;
    const QString name = LinkedOutput::shownFileName(listing.fileName, QStringLiteral("program.py"));
    std::optional<int> lastProgramLine;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        const auto frame = framePattern().match(line);
        if (frame.hasMatch() && !program.isEmpty() && frame.captured(2) == program) {
            const int paneLine = frame.captured(4).toInt();
            const int fileLine = paneLine >= 1 && paneLine <= listing.sourceLines.size()
                ? listing.sourceLines.at(paneLine - 1)
                : paneLine;
            const QString place = frame.captured(1) + name + frame.captured(3) + QString::number(fileLine);
            const qsizetype indent = frame.captured(1).indexOf(QLatin1Char('F'));
            output.links.append({output.text.size() + indent, place.size() - indent, Language::Python, paneLine, 0});
            output.text += place + frame.captured(5);
            lastProgramLine = paneLine;
        } else {
            output.text += line;
            if (line.startsWith(QLatin1String("Traceback (most recent call last)"))) {
                lastProgramLine.reset();
            } else if (isExceptionLine(line) && lastProgramLine) {
                // Marked on the innermost line of the program, even when the
                // exception came from a library it called.
                output.diagnostics.append({name, *lastProgramLine, 0, Diagnostic::Severity::Error, line});
                lastProgramLine.reset();
            }
        }
        if (index + 1 < lines.size())
            output.text += QLatin1Char('\n');
    }
    return output;
}

} // namespace Duet
