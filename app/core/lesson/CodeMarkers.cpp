#include "CodeMarkers.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Duet
{

namespace
{

const QRegularExpression &markerPattern(Language language)
{
    static const QRegularExpression python(QStringLiteral(R"(^\s*#\s*\[\[(/?)([A-Za-z0-9_-]+)\]\]\s*$)"));
    static const QRegularExpression cpp(QStringLiteral(R"(^\s*//\s*\[\[(/?)([A-Za-z0-9_-]+)\]\]\s*$)"));
    return language == Language::Python ? python : cpp;
}

/// Reads as the sentence it builds: error(file, line, "what is wrong").
constexpr auto error = &Diagnostic::error;

} // namespace

CodeListing CodeMarkers::extract(const QString &code, Language language, const QString &fileName, int firstLine,
                                 Diagnostics &errors)
{
    CodeListing listing;
    listing.fileName = fileName;
    const QRegularExpression &pattern = markerPattern(language);

    struct Open {
        QString name;
        int firstLine = 0;
        int sourceLine = 0;
    };
    // A name is open at most once at a time, so a hash finds it in constant
    // time however many regions a hostile program opens.
    QHash<QString, Open> open;

    QStringList lines = code.split(QLatin1Char('\n'));
    // A trailing newline ends the last line; it does not start another.
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    QStringList kept;
    kept.reserve(lines.size());
    listing.sourceLines.reserve(lines.size());
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int sourceLine = firstLine + int(index);
        // Most lines hold no marker: a plain search spares them the regex.
        const QString &text = lines.at(index);
        const QRegularExpressionMatch match
            = text.contains(QLatin1String("[[")) ? pattern.match(text) : QRegularExpressionMatch();
        if (!match.hasMatch()) {
            kept.append(lines.at(index));
            listing.sourceLines.append(sourceLine);
            continue;
        }
        const QString name = match.captured(2);
        if (match.capturedView(1).isEmpty()) {
            // A name may mark several stretches, but not one inside itself.
            if (const auto alreadyOpen = open.constFind(name); alreadyOpen != open.cend()) {
                errors.append(
                    error(fileName, sourceLine,
                          QStringLiteral("region '%1' is opened again before its '[[/%1]]' (it opened on line %2)")
                              .arg(name)
                              .arg(alreadyOpen->sourceLine)));
                continue;
            }
            open.insert(name, {name, int(kept.size()), sourceLine});
            continue;
        }
        const auto opened = open.find(name);
        if (opened == open.end()) {
            errors.append(
                error(fileName, sourceLine, QStringLiteral("'[[/%1]]' closes a region that is not open").arg(name)));
            continue;
        }
        listing.regions.append({name, opened->firstLine, int(kept.size()) - 1, opened->sourceLine});
        open.erase(opened);
    }
    QList<Open> unclosed = open.values();
    std::ranges::sort(unclosed, {}, &Open::sourceLine);
    for (const Open &region : std::as_const(unclosed)) {
        errors.append(error(fileName, region.sourceLine,
                            QStringLiteral("region '%1' is never closed with '[[/%1]]'").arg(region.name)));
    }
    listing.text = kept.join(QLatin1Char('\n'));
    if (!kept.isEmpty())
        listing.text += QLatin1Char('\n');
    return listing;
}

void CodeMarkers::checkPairs(const CodeListing &python, const CodeListing &cpp, Diagnostics &errors)
{
    const auto namesOf = [](const CodeListing &listing) {
        QSet<QString> names;
        for (const LinkedRegion &region : listing.regions)
            names.insert(region.name);
        return names;
    };
    const QSet<QString> pythonNames = namesOf(python);
    const QSet<QString> cppNames = namesOf(cpp);
    const auto report = [&errors](const CodeListing &from, const QSet<QString> &other, QLatin1StringView otherName) {
        for (const LinkedRegion &region : from.regions) {
            if (!other.contains(region.name)) {
                errors.append(
                    error(from.fileName, region.sourceLine,
                          QStringLiteral("region '%1' has no counterpart in the %2").arg(region.name, otherName)));
            }
        }
    };
    report(python, cppNames, QLatin1StringView("C++ program"));
    report(cpp, pythonNames, QLatin1StringView("Python program"));
}

} // namespace Duet
