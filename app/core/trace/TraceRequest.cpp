#include "TraceRequest.h"

#include <QSettings>

namespace Duet
{

int TraceRequest::maxStepsFromSettings()
{
    bool ok = false;
    const int value = QSettings().value(QStringLiteral("trace/maxSteps"), defaultMaxSteps).toInt(&ok);
    return ok && value > 0 ? qMin(value, 100'000) : defaultMaxSteps;
}

} // namespace Duet
