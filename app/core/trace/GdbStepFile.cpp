#include "GdbStepFile.h"

#include "GdbLocals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Duet
{

QList<TraceStep> GdbStepFile::parse(QByteArrayView data)
{
    QList<TraceStep> steps;
    GdbLocals locals;
    for (qsizetype start = 0; start < data.size();) {
        const qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            break;
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(data.sliced(start, end - start).toByteArray(), &error);
        start = end + 1;
        if (error.error != QJsonParseError::NoError || !document.isObject())
            break;
        const QJsonObject object = document.object();
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
