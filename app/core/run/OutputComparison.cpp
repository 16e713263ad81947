#include "OutputComparison.h"

#include <QRegularExpression>

namespace Duet
{

namespace
{

QStringList outputLines(const QString &output)
{
    QString text = output;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

bool OutputComparison::agrees() const
{
    return firstDifference() < 0;
}

qsizetype OutputComparison::firstDifference() const
{
    for (qsizetype index = 0; index < lines.size(); ++index) {
        if (!lines.at(index).agrees)
            return index;
    }
    return -1;
}

OutputComparison OutputComparison::compare(const QString &pythonOutput, const QString &cppOutput,
                                           const QStringList &varyingPatterns)
{
    QList<QRegularExpression> patterns;
    for (const QString &pattern : varyingPatterns)
        patterns.append(QRegularExpression(pattern));

    const QStringList python = outputLines(pythonOutput);
    const QStringList cpp = outputLines(cppOutput);
    OutputComparison comparison;
    for (qsizetype index = 0; index < qMax(python.size(), cpp.size()); ++index) {
        Line line;
        line.presentInPython = index < python.size();
        line.presentInCpp = index < cpp.size();
        line.python = python.value(index);
        line.cpp = cpp.value(index);
        if (!line.presentInPython || !line.presentInCpp) {
            line.agrees = false;
        } else if (line.python != line.cpp) {
            line.varying = std::ranges::any_of(patterns, [&line](const QRegularExpression &pattern) {
                return pattern.match(line.python).hasMatch() && pattern.match(line.cpp).hasMatch();
            });
            line.agrees = line.varying;
        }
        comparison.lines.append(line);
    }
    return comparison;
}

} // namespace Duet
