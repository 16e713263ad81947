#include "SessionWaiter.h"

#include "core/run/RunSession.h"

#include <QEventLoop>

namespace Duet
{

RunOutcome runToEnd(const RunRequest &request,
                    const std::function<void(Language, const QString &, bool standardError)> &echo)
{
    RunSession session;
    QEventLoop loop;
    RunOutcome outcome;
    if (echo)
        QObject::connect(&session, &RunSession::outputReceived, &loop, echo);
    QObject::connect(&session, &RunSession::finished, &loop, [&](const RunOutcome &finished) {
        outcome = finished;
        loop.quit();
    });
    session.start(request);
    if (session.isRunning())
        loop.exec();
    return outcome;
}

} // namespace Duet
