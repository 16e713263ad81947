#pragma once

#include <QWidget>

class QLineEdit;
class QLabel;

namespace Duet
{

/// Ctrl+F: a slim bar under the panes that finds text in the pane the learner
/// was last in (either code pane, or the explanation). Typing and Enter find
/// the next match, the buttons either way; Escape closes the bar.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);

    /// The widget to search: a QsciScintilla or a QTextEdit.
    void setTarget(QWidget *target);
    void activate();
    /// Finds the next (or previous) match; false when there is none.
    bool find(bool forward = true);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_target = nullptr;
};

} // namespace Duet
