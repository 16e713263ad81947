#include "FocusCycler.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

namespace Duet
{

namespace
{

bool takesTabFocus(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && widget->isVisible() && widget->isEnabled();
}

} // namespace

FocusCycler::FocusCycler(QObject *parent)
    : QObject(parent)
    , m_next(new QAction(tr("Next &Area"), this))
    , m_previous(new QAction(tr("Previous A&rea"), this))
{
    // Shift+Tab arrives as Backtab, so Ctrl+Shift+Tab is bound in both spellings.
    m_next->setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    m_previous->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F6),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    m_next->setToolTip(tr("Move the focus to the next area of the window"));
    m_previous->setToolTip(tr("Move the focus to the previous area of the window"));
    for (QAction *action : {m_next, m_previous})
        action->setShortcutContext(Qt::WindowShortcut);
    connect(m_next, &QAction::triggered, this, [this] { cycle(true); });
    connect(m_previous, &QAction::triggered, this, [this] { cycle(false); });
}

void FocusCycler::setAreas(const QList<QWidget *> &areas)
{
    m_areas.clear();
    for (QWidget *area : areas)
        m_areas.append(area);
}

QWidget *FocusCycler::entryOf(QWidget *area)
{
    if (!area || !area->isVisible() || !area->isEnabled())
        return nullptr;
    if (area->focusProxy() || takesTabFocus(area))
        return area;
    // The first widget inside the area, in focus-chain order, that takes Tab.
    for (QWidget *widget = area->nextInFocusChain(); widget && widget != area; widget = widget->nextInFocusChain()) {
        if (area->isAncestorOf(widget) && takesTabFocus(widget))
            return widget;
    }
    return nullptr;
}

int FocusCycler::currentArea() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return -1;
    for (qsizetype index = 0; index < m_areas.size(); ++index) {
        const QWidget *area = m_areas.at(index);
        if (area && (area == focus || area->isAncestorOf(focus)))
            return int(index);
    }
    return -1;
}

bool FocusCycler::cycle(bool forward)
{
    const int count = int(m_areas.size());
    if (count == 0)
        return false;
    const int current = currentArea();
    int index = current < 0 ? (forward ? -1 : count) : current;
    for (int step = 0; step < count; ++step) {
        index = (index + (forward ? 1 : -1) + count) % count;
        if (index == current)
            break;
        if (QWidget *entry = entryOf(m_areas.at(index))) {
            entry->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace Duet
