#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Duet
{

/// Ctrl+F: a slim bar under the panes that finds text in the pane the learner
/// was last in (either code pane, or the explanation), and says which one.
/// Every match is marked and counted ("3 of 12"); Match Case and Whole Words
/// narrow the search. Typing and Enter find the next match, Shift+Enter the
/// previous; Escape closes the bar and returns to the pane.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);

    /// The widget to search (a QsciScintilla or a QTextEdit) and its name
    /// as the learner knows it ("Python", "the explanation").
    void setTarget(QWidget *target, const QString &name);
    [[nodiscard]] QWidget *target() const { return m_target; }
    void activate();
    /// Finds the next (or previous) match, wrapping; false when there is none.
    bool find(bool forward = true);

    void setText(const QString &text);
    void setMatchCase(bool on);
    void setWholeWords(bool on);
    /// Matches of the text in the whole target, and which one is selected
    /// (1-based; 0 when the selection is not a match).
    [[nodiscard]] int matchCount() const { return m_matchCount; }
    [[nodiscard]] int currentMatch() const { return m_currentMatch; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString targetName() const { return m_targetName; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Counts and marks every match; finds which one is selected.
    void markMatches();
    void clearMarks();
    void close();

    QLabel *m_label = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_matchCase = nullptr;
    QToolButton *m_wholeWords = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QWidget> m_target;
    QString m_targetName;
    QMetaObject::Connection m_targetChanged;
    int m_matchCount = 0;
    int m_currentMatch = 0;
};

} // namespace Duet
