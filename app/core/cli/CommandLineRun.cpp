#include "CommandLineRun.h"

#include "core/run/SectionRunner.h"

#include <QEventLoop>

#include <cstdio>

namespace Duet
{

void writeOut(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
    std::fflush(stdout);
}

void writeError(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stderr);
    std::fflush(stderr);
}

CommandLineRun CommandLineRun::run(const Section &section, Language language, const QByteArray &standardInput,
                                   const RunLimits &limits, bool echo)
{
    CommandLineRun outcome;
    SectionRunner runner;
    QEventLoop loop;
    if (echo) {
        QObject::connect(&runner, &SectionRunner::standardOutputReceived, &writeOut);
        QObject::connect(&runner, &SectionRunner::standardErrorReceived, &writeError);
    }
    QObject::connect(&runner, &SectionRunner::finished, &loop, [&](const RunResult &result) {
        outcome.result = result;
        loop.quit();
    });
    QObject::connect(&runner, &SectionRunner::compileFailed, &loop,
                     [&](const Diagnostics &diagnostics, const QString &) {
                         outcome.compileFailed = true;
                         outcome.diagnostics = diagnostics;
                         loop.quit();
                     });
    const CodeListing &listing = language == Language::Python ? section.python : section.cpp;
    runner.run(section, {language, listing.text, false}, standardInput, limits);
    loop.exec();
    return outcome;
}

} // namespace Duet
