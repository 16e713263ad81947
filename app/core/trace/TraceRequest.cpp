#include "TraceRequest.h"

#include "core/settings/Settings.h"

namespace Duet
{

int TraceRequest::maxStepsFromSettings()
{
    return int(Settings().value(Setting::traceMaxSteps));
}

} // namespace Duet
