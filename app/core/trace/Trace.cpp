#include "Trace.h"

#include <QJsonArray>

namespace Duet
{

QString regionAtLine(const CodeListing &listing, int line)
{
    const int index = line - 1; // regions count displayed lines from 0
    const LinkedRegion *innermost = nullptr;
    for (const LinkedRegion &region : listing.regions) {
        if (index < region.firstLine || index > region.lastLine)
            continue;
        if (!innermost || region.lastLine - region.firstLine < innermost->lastLine - innermost->firstLine)
            innermost = &region;
    }
    return innermost ? innermost->name : QString();
}

void Trace::assignRegions(const CodeListing &listing)
{
    for (TraceStep &step : steps)
        step.region = regionAtLine(listing, step.line);
}

QString Trace::describeEnding() const
{
    if (truncated)
        return QStringLiteral("stopped after %1 steps (the step bound)").arg(steps.size());
    return run.describeEnding();
}

QJsonObject Trace::toJson() const
{
    QJsonArray stepArray;
    for (const TraceStep &step : steps) {
        QJsonObject locals;
        for (const TraceVariable &variable : step.locals)
            locals.insert(variable.name, variable.value);
        stepArray.append(QJsonObject {
            {QStringLiteral("line"), step.line},
            {QStringLiteral("function"), step.function},
            {QStringLiteral("region"), step.region.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(step.region)},
            {QStringLiteral("locals"), locals},
            {QStringLiteral("stdoutLength"), step.standardOutputLength},
        });
    }
    return {
        {QStringLiteral("lang"), languageKey(language)},
        {QStringLiteral("truncated"), truncated},
        {QStringLiteral("steps"), stepArray},
    };
}

} // namespace Duet
