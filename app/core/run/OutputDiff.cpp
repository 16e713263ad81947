#include "OutputDiff.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <bitset>
#include <optional>
#include <vector>

namespace Duet
{

namespace
{

/// Which varying-output patterns a line matches: lines that share one correspond.
using PatternSet = std::bitset<64>;

/// One output as the alignment sees it: a number per distinct text, and the
/// patterns each line matches.
struct Side {
    QStringList lines;
    std::vector<int> textIds;
    std::vector<PatternSet> patterns;
};

class Matcher
{
public:
    explicit Matcher(const QStringList &patterns, bool &exact)
        : m_exact(exact)
    {
        // At most 64 patterns take part; a section needs a handful.
        for (const QString &pattern : patterns.mid(0, 64)) {
            QRegularExpression expression(pattern);
            if (expression.isValid()) {
                expression.optimize();
                m_patterns.push_back(std::move(expression));
            }
        }
        m_clock.start();
    }

    Side read(const QStringList &lines, QHash<QString, int> &ids)
    {
        Side side;
        side.lines = lines;
        side.textIds.reserve(std::size_t(lines.size()));
        side.patterns.reserve(std::size_t(lines.size()));
        for (const QString &line : lines) {
            auto id = ids.constFind(line);
            if (id == ids.cend())
                id = ids.insert(line, int(ids.size()));
            side.textIds.push_back(*id);
            side.patterns.push_back(patternsOf(line));
        }
        return side;
    }

private:
    PatternSet patternsOf(const QString &line)
    {
        PatternSet set;
        if (m_patterns.empty() || line.size() > OutputDiff::longestPatternLine)
            return set;
        if (m_clock.elapsed() > OutputDiff::patternBudgetMilliseconds) {
            m_exact = false;
            return set;
        }
        for (std::size_t index = 0; index < m_patterns.size(); ++index)
            set[index] = m_patterns[index].match(line).hasMatch();
        return set;
    }

    std::vector<QRegularExpression> m_patterns;
    QElapsedTimer m_clock;
    bool &m_exact;
};

bool correspond(const Side &python, int pythonIndex, const Side &cpp, int cppIndex)
{
    return python.textIds[std::size_t(pythonIndex)] == cpp.textIds[std::size_t(cppIndex)]
        || (python.patterns[std::size_t(pythonIndex)] & cpp.patterns[std::size_t(cppIndex)]).any();
}

/// Pairs of corresponding lines (python, cpp) along a longest common
/// subsequence of [pythonBegin, pythonEnd) × [cppBegin, cppEnd), by Myers'
/// O((N+M)·D) algorithm; nothing when the step or edit limit is reached first.
std::optional<std::vector<std::pair<int, int>>> alignMiddle(const Side &python, int pythonBegin, int pythonEnd,
                                                            const Side &cpp, int cppBegin, int cppEnd)
{
    // Past this many differing lines a line-by-line picture helps nobody,
    // and the saved rounds would grow with its square.
    constexpr int maximumEdits = 2000;
    const int n = pythonEnd - pythonBegin;
    const int m = cppEnd - cppBegin;
    const int offset = n + m + 1;
    // frontier[offset + k]: the furthest x reached on diagonal k = x - y.
    std::vector<int> frontier(std::size_t(2 * offset + 1), 0);
    const auto at = [&](int k) -> int & { return frontier[std::size_t(offset + k)]; };
    // rounds[d][k + d]: the frontier after round d, kept to walk the path back.
    std::vector<std::vector<int>> rounds;
    qint64 steps = 0;
    for (int d = 0; d <= std::min(n + m, maximumEdits); ++d) {
        for (int k = -d; k <= d; k += 2) {
            const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
            const int start = down ? at(k + 1) : at(k - 1) + 1;
            int x = start;
            while (x < n && x - k < m && correspond(python, pythonBegin + x, cpp, cppBegin + x - k))
                ++x;
            steps += 1 + x - start;
            at(k) = x;
            if (x < n || x - k < m)
                continue;
            std::vector<std::pair<int, int>> pairs;
            int cx = n;
            int cy = m;
            for (int round = d; round > 0; --round) {
                const std::vector<int> &previous = rounds[std::size_t(round - 1)];
                const auto before = [&](int diagonal) { return previous[std::size_t(diagonal + round - 1)]; };
                const int diagonal = cx - cy;
                const bool wentDown
                    = diagonal == -round || (diagonal != round && before(diagonal - 1) < before(diagonal + 1));
                const int previousDiagonal = wentDown ? diagonal + 1 : diagonal - 1;
                const int previousX = before(previousDiagonal);
                const int snakeStart = wentDown ? previousX : previousX + 1;
                while (cx > snakeStart) {
                    --cx;
                    --cy;
                    pairs.emplace_back(pythonBegin + cx, cppBegin + cy);
                }
                cx = previousX;
                cy = previousX - previousDiagonal;
            }
            while (cx > 0 && cy > 0) {
                --cx;
                --cy;
                pairs.emplace_back(pythonBegin + cx, cppBegin + cy);
            }
            std::ranges::reverse(pairs);
            return pairs;
        }
        rounds.emplace_back(frontier.begin() + (offset - d), frontier.begin() + (offset + d + 1));
        if (steps > OutputDiff::alignmentStepLimit)
            return std::nullopt;
    }
    return std::nullopt;
}

class RowWriter
{
public:
    RowWriter(const Side &python, const Side &cpp, QList<OutputDiff::Row> &rows)
        : m_python(python)
        , m_cpp(cpp)
        , m_rows(rows)
    { }

    /// Lines before (pythonEnd, cppEnd) not yet written: changed pairs first,
    /// then what only one side has.
    void gap(int pythonEnd, int cppEnd)
    {
        while (m_pythonNext < pythonEnd && m_cppNext < cppEnd)
            row(OutputDiff::LineKind::Changed, m_pythonNext++, m_cppNext++);
        while (m_pythonNext < pythonEnd)
            row(OutputDiff::LineKind::OnlyPython, m_pythonNext++, -1);
        while (m_cppNext < cppEnd)
            row(OutputDiff::LineKind::OnlyCpp, -1, m_cppNext++);
    }

    void match(int pythonLine, int cppLine)
    {
        gap(pythonLine, cppLine);
        const bool same = m_python.textIds[std::size_t(pythonLine)] == m_cpp.textIds[std::size_t(cppLine)];
        row(same ? OutputDiff::LineKind::Same : OutputDiff::LineKind::Varying, pythonLine, cppLine);
        m_pythonNext = pythonLine + 1;
        m_cppNext = cppLine + 1;
    }

private:
    void row(OutputDiff::LineKind kind, int pythonLine, int cppLine)
    {
        OutputDiff::Row row;
        row.kind = kind;
        row.pythonLine = pythonLine;
        row.cppLine = cppLine;
        if (pythonLine >= 0)
            row.python = m_python.lines.at(pythonLine);
        if (cppLine >= 0)
            row.cpp = m_cpp.lines.at(cppLine);
        m_rows.append(row);
    }

    const Side &m_python;
    const Side &m_cpp;
    QList<OutputDiff::Row> &m_rows;
    int m_pythonNext = 0;
    int m_cppNext = 0;
};

} // namespace

QStringList OutputDiff::linesOf(const QString &output)
{
    QString text = output;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

qsizetype OutputDiff::firstDifference() const
{
    const auto found = std::ranges::find_if(rows, [](const Row &row) { return !row.agrees(); });
    return found == rows.cend() ? -1 : found - rows.cbegin();
}

qsizetype OutputDiff::differenceCount() const
{
    return std::ranges::count_if(rows, [](const Row &row) { return !row.agrees(); });
}

qsizetype OutputDiff::varyingCount() const
{
    return std::ranges::count(rows, LineKind::Varying, &Row::kind);
}

OutputDiff OutputDiff::compare(const QString &pythonOutput, const QString &cppOutput,
                               const QStringList &varyingPatterns)
{
    OutputDiff diff;
    Matcher matcher(varyingPatterns, diff.exact);
    QHash<QString, int> ids;
    const Side python = matcher.read(linesOf(pythonOutput), ids);
    const Side cpp = matcher.read(linesOf(cppOutput), ids);
    const int pythonCount = int(python.lines.size());
    const int cppCount = int(cpp.lines.size());

    // Common ends first: they are the usual case and cost one pass.
    int prefix = 0;
    while (prefix < pythonCount && prefix < cppCount && correspond(python, prefix, cpp, prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < pythonCount - prefix && suffix < cppCount - prefix
           && correspond(python, pythonCount - 1 - suffix, cpp, cppCount - 1 - suffix))
        ++suffix;

    RowWriter writer(python, cpp, diff.rows);
    for (int index = 0; index < prefix; ++index)
        writer.match(index, index);
    const auto middle = alignMiddle(python, prefix, pythonCount - suffix, cpp, prefix, cppCount - suffix);
    if (middle) {
        for (const auto &[pythonLine, cppLine] : *middle)
            writer.match(pythonLine, cppLine);
    } else {
        diff.exact = false;
    }
    writer.gap(pythonCount - suffix, cppCount - suffix);
    for (int index = suffix; index > 0; --index)
        writer.match(pythonCount - index, cppCount - index);
    return diff;
}

} // namespace Duet
