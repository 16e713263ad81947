#include "GdbStepFile.h"

#include "GdbLocals.h"
#include "JsonLines.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Duet
{

QList<TraceStep> GdbStepFile::parse(QByteArrayView data)
{
    QList<TraceStep> steps;
    GdbLocals locals;
    for (const QJsonObject &object : readJsonLines(data)) {
        if (object.contains(u"declarations")) {
            locals.setDeclarations(GdbLocals::declarationsFromJson(object.value(u"declarations").toArray()));
            continue;
        }
        TraceStep step;
        step.line = object.value(u"line").toInt();
        step.function = object.value(u"function").toString();
        step.standardOutputLength = object.value(u"printed").toInteger();
        bool ok = false;
        const quint64 pc = object.value(u"pc").toString().toULongLong(&ok, 0);
        step.locals
            = locals.visible(GdbLocals::listedFromJson(object.value(u"variables").toArray()), ok ? pc : 0, step.line);
        steps.append(std::move(step));
    }
    return steps;
}

} // namespace Duet
