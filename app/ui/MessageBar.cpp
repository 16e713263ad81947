#include "MessageBar.h"

#include "ThemeColours.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>

namespace Duet
{

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-warning")).pixmap(22, 22));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Warning"));
    m_layout->setContentsMargins(8, 4, 8, 4);
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addWidget(m_text, 1);
    applyColours();
    hide();
}

void MessageBar::showMessage(const QString &text)
{
    m_text->setText(text);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

QToolButton *MessageBar::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_layout->addWidget(button, 0, Qt::AlignTop);
    return button;
}

void MessageBar::applyColours()
{
    const ThemeColours &colours = ThemeColours::active();
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, colours.colour(ThemeColours::Role::WarningBackground));
    palette.setColor(QPalette::WindowText, colours.colour(ThemeColours::Role::Text));
    setPalette(palette);
}

} // namespace Duet
