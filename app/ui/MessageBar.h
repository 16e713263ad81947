#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace Duet
{

/// A strip across the top of the content that says something the learner
/// must not miss (an edit that could not be saved), in the theme's warning
/// colours, with the actions that deal with it, until it is dealt with.
/// Like KDE's KMessageWidget, it is part of the window, not a dialog.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    [[nodiscard]] QString text() const;
    /// Adds a button for an action; the bar keeps it until it is destroyed.
    QToolButton *addAction(QAction *action);

    /// Takes the active theme's warning colours.
    void applyColours();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace Duet
