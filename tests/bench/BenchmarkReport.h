#pragma once

#include "Figure.h"

namespace Duet::Bench
{

/// Collects the figures of one benchmark run, prints each as it comes in and
/// writes the whole table as Markdown (BENCHMARKS.md) with the machine it
/// was measured on.
class BenchmarkReport final
{
public:
    void add(const Figure &figure);
    [[nodiscard]] const QList<Figure> &figures() const { return m_figures; }
    [[nodiscard]] bool allMet() const;

    /// Writes the table; returns an error message, or empty.
    [[nodiscard]] QString writeMarkdown(const QString &fileName, double elapsedSeconds) const;

    /// "model name" from /proc/cpuinfo, or empty.
    [[nodiscard]] static QString processorName();

private:
    QList<Figure> m_figures;
};

} // namespace Duet::Bench
