#include "StepMarker.h"

#include "ui/CodePane.h"
#include "ui/ThemeColours.h"

#include <Qsci/qsciscintilla.h>

namespace Duet
{

StepMarker::StepMarker(CodePane *pane)
    : QObject(pane)
    , m_pane(pane)
{
    QsciScintilla *editor = pane->editor();
    m_currentMarker = editor->markerDefine(QsciScintilla::RightArrow);
    m_waitingMarker = editor->markerDefine(QsciScintilla::ThreeDots);
    m_bandMarker = editor->markerDefine(QsciScintilla::Background);
    // The arrows go in the symbol margin beside the pane's own marks; the
    // band stays out of every margin, so Scintilla draws it behind the text.
    editor->setMarginMarkerMask(1, editor->marginMarkerMask(1) | (1 << m_currentMarker) | (1 << m_waitingMarker));
    applyColours(ThemeColours::active());
}

void StepMarker::mark(int line, bool waits)
{
    clear();
    QsciScintilla *editor = m_pane->editor();
    if (line < 1 || line > editor->lines())
        return;
    const int shown = line - 1;
    if (waits) {
        editor->markerAdd(shown, m_waitingMarker);
    } else {
        editor->markerAdd(shown, m_currentMarker);
        editor->markerAdd(shown, m_bandMarker);
    }
    // A little context around the line, where the pane is tall enough.
    editor->ensureLineVisible(qMin(editor->lines() - 1, shown + 2));
    editor->ensureLineVisible(qMax(0, shown - 2));
    editor->ensureLineVisible(shown);
}

void StepMarker::clear()
{
    QsciScintilla *editor = m_pane->editor();
    editor->markerDeleteAll(m_currentMarker);
    editor->markerDeleteAll(m_waitingMarker);
    editor->markerDeleteAll(m_bandMarker);
}

void StepMarker::applyColours(const ThemeColours &colours)
{
    using Role = ThemeColours::Role;
    QsciScintilla *editor = m_pane->editor();
    const QColor background = colours.colour(Role::Background);
    const QColor text = colours.colour(Role::Text);
    // The execution point in the warning colour, apart from the linked-region
    // bands: the arrow a graphic (the role keeps 3:1), the
    // band is the strongest tint of it under which the program stays readable.
    const QColor accent = colours.colour(Role::WarningMarker);
    editor->setMarkerBackgroundColor(accent, m_currentMarker);
    editor->setMarkerForegroundColor(text, m_currentMarker);
    editor->setMarkerBackgroundColor(colours.colour(Role::DimText), m_waitingMarker);
    editor->setMarkerForegroundColor(colours.colour(Role::DimText), m_waitingMarker);
    editor->setMarkerBackgroundColor(ThemeColours::band(background, accent, {text, colours.colour(Role::DimText)}),
                                     m_bandMarker);
}

int StepMarker::lineWith(int marker) const
{
    const int line = m_pane->editor()->markerFindNext(0, 1u << unsigned(marker));
    return line < 0 ? 0 : line + 1;
}

int StepMarker::markedLine() const
{
    const int current = lineWith(m_currentMarker);
    return current > 0 ? current : lineWith(m_waitingMarker);
}

bool StepMarker::isWaiting() const
{
    return lineWith(m_waitingMarker) > 0;
}

bool StepMarker::hasBand() const
{
    return lineWith(m_bandMarker) > 0;
}

} // namespace Duet
