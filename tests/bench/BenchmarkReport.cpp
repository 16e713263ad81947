#include "BenchmarkReport.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>
#include <QtVersion>

#include <algorithm>
#include <cstdio>

namespace Duet::Bench
{

namespace
{

QString ratioText(const Figure &figure)
{
    const auto ratio = figure.ratio();
    return ratio ? QStringLiteral("%1×").arg(*ratio, 0, 'f', 2) : QStringLiteral("—");
}

QString floorText(const Figure &figure)
{
    return figure.floor ? formatValue(*figure.floor, figure.unit) : QStringLiteral("—");
}

} // namespace

void BenchmarkReport::add(const Figure &figure)
{
    m_figures.append(figure);
    std::printf("%-58s duet %10s   floor %10s   ratio %7s   budget %-22s %s\n", qPrintable(figure.what),
                qPrintable(formatValue(figure.duet, figure.unit)), qPrintable(floorText(figure)),
                qPrintable(ratioText(figure)), qPrintable(figure.budgetText()), figure.met() ? "met" : "NOT MET");
    std::fflush(stdout);
}

bool BenchmarkReport::allMet() const
{
    return std::ranges::all_of(m_figures, &Figure::met);
}

QString BenchmarkReport::processorName()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

QString BenchmarkReport::writeMarkdown(const QString &fileName, double elapsedSeconds) const
{
    QString text;
    text += QStringLiteral("# Duet's benchmarks\n\n"
                           "Written by `tools/dev bench` (tests/bench); do not edit by hand. Every figure is the "
                           "median of its repetitions, and every floor was measured in the same run, interleaved "
                           "with Duet's own measurement, so that the ratio holds however busy the machine was.\n\n");
    text += QStringLiteral("Measured %1 on %2 (%3 cores), %4, Qt %5; the run took %6 s.\n\n")
                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), processorName(),
                     QString::number(QThread::idealThreadCount()), QSysInfo::prettyProductName(),
                     QString::fromLatin1(qVersion()), QString::number(elapsedSeconds, 'f', 0));
    text += QStringLiteral("| what | Duet | floor | ratio | budget | met? |\n|---|---:|---:|---:|---|---|\n");
    for (const Figure &figure : m_figures) {
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                    .arg(figure.what, formatValue(figure.duet, figure.unit), floorText(figure), ratioText(figure),
                         figure.budgetText(), figure.met() ? QStringLiteral("yes") : QStringLiteral("**no**"));
    }
    text += QStringLiteral("\nThe floors, and how many times each figure was measured:\n\n");
    for (const Figure &figure : m_figures) {
        text += QStringLiteral("- %1: %2 (%3 repetitions)\n")
                    .arg(figure.what,
                         figure.floorWhat.isEmpty() ? QStringLiteral("no floor; an absolute budget") : figure.floorWhat)
                    .arg(figure.repetitions);
    }

    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(fileName, file.errorString());
    return {};
}

} // namespace Duet::Bench
