#include "JsonLines.h"

#include <QJsonDocument>

namespace Duet
{

QList<QJsonObject> readJsonLines(QByteArrayView data)
{
    QList<QJsonObject> objects;
    for (qsizetype start = 0; start < data.size();) {
        const qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            break; // cut off mid-line
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(data.sliced(start, end - start).toByteArray(), &error);
        start = end + 1;
        if (error.error != QJsonParseError::NoError || !document.isObject())
            break;
        objects.append(document.object());
    }
    return objects;
}

} // namespace Duet
