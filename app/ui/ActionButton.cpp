#include "ActionButton.h"

#include <QToolButton>

namespace Duet
{

QToolButton *actionButton(QAction *action, QWidget *parent, Qt::ToolButtonStyle style)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(style);
    button->setAutoRaise(true);
    return button;
}

} // namespace Duet
