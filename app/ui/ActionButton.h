#pragma once

#include <Qt>

class QAction;
class QToolButton;
class QWidget;

namespace Duet
{

/// A flat button for `action` in one of the window's bars (the run area,
/// an exercise's strip, the stepping timeline): it shows the action's icon
/// and, with the default style, its text beside it, and follows the action
/// (enabled, checked, tooltip) as the toolbar's buttons do.
[[nodiscard]] QToolButton *actionButton(QAction *action, QWidget *parent,
                                        Qt::ToolButtonStyle style = Qt::ToolButtonTextBesideIcon);

} // namespace Duet
