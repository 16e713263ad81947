#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Duet
{

/// Help ▸ Keyboard Shortcuts: every menu command that has a shortcut, read
/// from the window's menus (so the list cannot drift from what the keys
/// do), grouped by menu, then the keys that work inside an area rather than
/// through a menu (Tab in a code pane, Escape in the Find bar). Typing
/// filters the list.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    /// "Menu ▸ Command\tShortcut" lines of what is shown, for tests.
    [[nodiscard]] QStringList entries() const;
    void setFilter(const QString &text);

private:
    void addMenu(const QString &path, const QMenu *menu);
    void addGroup(const QString &title, const QList<std::pair<QString, QString>> &rows);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace Duet
