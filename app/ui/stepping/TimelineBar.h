#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QSlider;
class QToolButton;

namespace Duet
{

/// The stepping controls under the code: First, Back, a slider over the
/// moments of the two traces, Forward, Last, "step 12 of 340" and Exit
/// Stepping; below them a line saying what is being recorded, what went
/// wrong, or how the programs ended. The buttons show the controller's
/// actions, so their shortcuts are the menus'; the slider takes the arrow
/// keys, Page Up/Down, Home and End when it has the focus. Tab walks through
/// the controls and on, never trapped.
class TimelineBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineBar)

public:
    struct Actions {
        QAction *first = nullptr;
        QAction *back = nullptr;
        QAction *forward = nullptr;
        QAction *last = nullptr;
        QAction *exit = nullptr;
    };

    explicit TimelineBar(const Actions &actions, QWidget *parent = nullptr);

    /// `count` moments to move through (0: nothing to step yet).
    void setCount(int count);
    void setPosition(int position);
    /// Recording: the slider waits, the line says what is happening.
    void showBusy(const QString &text);
    /// A message under the controls; `problem` sets it apart as one.
    void showMessage(const QString &text, bool problem = false);

    /// Gives the focus to the slider, or to Exit while there is nothing to
    /// move through, so the keys work at once.
    void focusControls();

    [[nodiscard]] QSlider *slider() const { return m_slider; }
    [[nodiscard]] QString stepText() const;
    [[nodiscard]] QString messageText() const;

Q_SIGNALS:
    /// The learner moved the slider.
    void positionRequested(int position);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStepText();
    void restyle();

    QSlider *m_slider = nullptr;
    QToolButton *m_exit = nullptr;
    QLabel *m_step = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
    bool m_problem = false;
    int m_count = 0;
};

} // namespace Duet
