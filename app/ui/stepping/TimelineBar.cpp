#include "TimelineBar.h"

#include "ui/ActionButton.h"
#include "ui/ThemeColours.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace Duet
{

namespace
{

QToolButton *buttonFor(QAction *action, QWidget *parent, bool withText)
{
    QToolButton *button
        = actionButton(action, parent, withText ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    // Buttons take Tab like the slider: the bar is walked through, not skipped.
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

} // namespace

TimelineBar::TimelineBar(const Actions &actions, QWidget *parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_step(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
{
    setAccessibleName(tr("Stepping"));
    m_slider->setObjectName(QStringLiteral("stepSlider"));
    m_slider->setAccessibleName(tr("Step"));
    m_slider->setToolTip(tr("Move through the steps: arrow keys, Page Up/Down, Home and End"));
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setTracking(true);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        showStepText();
        Q_EMIT positionRequested(value);
    });
    m_step->setObjectName(QStringLiteral("stepLabel"));
    m_step->setMinimumWidth(m_step->fontMetrics().horizontalAdvance(tr("step %1 of %2").arg(8888).arg(8888)));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_message->setObjectName(QStringLiteral("steppingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    QToolButton *first = buttonFor(actions.first, this, false);
    QToolButton *back = buttonFor(actions.back, this, true);
    QToolButton *forward = buttonFor(actions.forward, this, true);
    QToolButton *last = buttonFor(actions.last, this, false);
    QToolButton *exit = buttonFor(actions.exit, this, true);
    m_exit = exit;
    // Tab goes left to right, as the controls are seen.
    setTabOrder({first, back, m_slider, forward, last, exit});

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(4, 2, 4, 0);
    controls->setSpacing(2);
    controls->addWidget(first);
    controls->addWidget(back);
    controls->addWidget(m_slider, 1);
    controls->addWidget(forward);
    controls->addWidget(last);
    controls->addSpacing(8);
    controls->addWidget(m_step);
    controls->addSpacing(8);
    controls->addWidget(exit);

    auto *status = new QHBoxLayout;
    status->setContentsMargins(8, 0, 4, 2);
    status->addWidget(m_busy);
    status->addWidget(m_message, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addLayout(status);
    setCount(0);
}

void TimelineBar::setCount(int count)
{
    m_count = count;
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, qMax(0, count - 1));
    m_slider->setPageStep(qBound(1, count / 20, 50));
    m_slider->setEnabled(count > 1);
    showStepText();
}

void TimelineBar::setPosition(int position)
{
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(position);
    showStepText();
}

void TimelineBar::showBusy(const QString &text)
{
    m_busy->show();
    m_problem = false;
    m_message->setText(text);
    restyle();
}

void TimelineBar::showMessage(const QString &text, bool problem)
{
    m_busy->hide();
    m_problem = problem;
    m_message->setText(text);
    restyle();
}

void TimelineBar::focusControls()
{
    (m_slider->isEnabled() ? static_cast<QWidget *>(m_slider) : m_exit)->setFocus(Qt::OtherFocusReason);
}

QString TimelineBar::stepText() const
{
    return m_step->text();
}

QString TimelineBar::messageText() const
{
    return m_message->text();
}

void TimelineBar::showStepText()
{
    m_step->setText(m_count > 0 ? tr("step %1 of %2").arg(m_slider->value() + 1).arg(m_count) : QString());
    m_slider->setAccessibleDescription(m_step->text());
}

void TimelineBar::restyle()
{
    // A problem in the theme's error colour, and worded as one, not by colour alone.
    const ThemeColours &colours = ThemeColours::active();
    const QColor window = colours.colour(ThemeColours::Role::Window);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     m_problem ? ThemeColours::readableOn(colours.colour(ThemeColours::Role::ErrorText), window, 4.5)
                               : colours.colour(ThemeColours::Role::WindowText));
    m_message->setPalette(palette);
}

void TimelineBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace Duet
