#pragma once

#include <QObject>

namespace Duet
{

class CodePane;
class ThemeColours;

/// Marks the line a trace is at in a code pane while stepping: an arrow in
/// the margin and a band behind the line; or, while that language waits for
/// the other, a dimmed mark and no band. Keeps the line in view. Its own
/// Scintilla markers, so the pane's region and diagnostic marks are left
/// alone.
class StepMarker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepMarker)

public:
    explicit StepMarker(CodePane *pane);

    /// Marks 1-based `line`; `waits` dims the mark. A line outside the
    /// program clears the marks.
    void mark(int line, bool waits);
    void clear();
    void applyColours(const ThemeColours &colours);

    /// The 1-based line marked, 0 for none.
    [[nodiscard]] int markedLine() const;
    [[nodiscard]] bool isWaiting() const;
    /// Whether the marked line has the current-step band behind it.
    [[nodiscard]] bool hasBand() const;

private:
    [[nodiscard]] int lineWith(int marker) const;

    CodePane *m_pane = nullptr;
    int m_currentMarker = -1;
    int m_bandMarker = -1;
    int m_waitingMarker = -1;
};

} // namespace Duet
