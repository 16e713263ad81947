#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Duet
{

/// Moves the keyboard focus between the window's areas — the sidebar, the
/// explanation, the two code panes, the Find bar, the run area — the way
/// Kate and Dolphin do with F6 and VS Code with Ctrl+Tab: `nextAction()`
/// (F6, Ctrl+Tab) goes to the next visible area, wrapping round, and
/// `previousAction()` (Shift+F6, Ctrl+Shift+Tab) back. An area is entered at
/// the widget that takes its focus (its focus proxy, or its first widget that
/// takes Tab); a hidden or disabled area is passed over.
class FocusCycler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusCycler)

public:
    explicit FocusCycler(QObject *parent = nullptr);

    /// The areas, in the order F6 visits them.
    void setAreas(const QList<QWidget *> &areas);
    [[nodiscard]] QAction *nextAction() const { return m_next; }
    [[nodiscard]] QAction *previousAction() const { return m_previous; }

    /// Moves to the next (or previous) area; false when no area can take focus.
    bool cycle(bool forward);
    /// The area that holds the focus now, or -1.
    [[nodiscard]] int currentArea() const;
    /// The widget that an area gives the focus to; null when it takes none.
    [[nodiscard]] static QWidget *entryOf(QWidget *area);

private:
    QList<QPointer<QWidget>> m_areas;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
};

} // namespace Duet
