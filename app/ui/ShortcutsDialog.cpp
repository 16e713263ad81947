#include "ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Duet
{

namespace
{

QString withoutMnemonic(QString text)
{
    // "&Find…" reads "Find…"; "&&" is a literal ampersand.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

/// Keys a learner can press: not the F13–F35 of old workstation keyboards,
/// nor the Backtab spelling of a Shift+Tab that is listed as Tab too.
bool worthListing(const QKeySequence &shortcut)
{
    const QKeyCombination key = shortcut[0];
    return !(key.key() >= Qt::Key_F13 && key.key() <= Qt::Key_F35) && key.key() != Qt::Key_Backtab;
}

QString shortcutText(const QList<QKeySequence> &shortcuts)
{
    QStringList texts;
    for (const QKeySequence &shortcut : shortcuts) {
        if (!worthListing(shortcut))
            continue;
        const QString text = shortcut.toString(QKeySequence::NativeText);
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts.join(QLatin1String(", "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(560, 600);
    m_filter->setPlaceholderText(tr("Filter by command or key"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    const auto topMenus = menus->actions();
    for (const QAction *action : topMenus) {
        if (const QMenu *menu = action->menu())
            addMenu(withoutMnemonic(action->text()), menu);
    }
    addGroup(tr("In a code pane"),
             {{tr("Indent the line or selection"), tr("Tab")},
              {tr("Unindent the line or selection"), tr("Shift+Tab")},
              {tr("Leave the pane: to the next control, to the previous one"), tr("Escape, then Tab or Shift+Tab")},
              {tr("Go to the matching brace"), tr("Ctrl+E")},
              {tr("Indent after a line that opens a block; closing } lines up"), tr("Enter, }")}});
    addGroup(tr("In the Find bar"),
             {{tr("Next match"), tr("Enter")},
              {tr("Previous match"), tr("Shift+Enter")},
              {tr("Close the bar and go back to the pane"), tr("Escape")}});
    addGroup(tr("In Go to Section"),
             {{tr("Move through the results"), tr("Up, Down")}, {tr("Open the selected section"), tr("Enter")}});
    m_list->expandAll();

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

void ShortcutsDialog::addMenu(const QString &path, const QMenu *menu)
{
    QList<std::pair<QString, QString>> rows;
    const auto actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (const QMenu *submenu = action->menu()) {
            addMenu(path + QStringLiteral(" ▸ ") + withoutMnemonic(action->text()), submenu);
            continue;
        }
        if (!action->shortcuts().isEmpty())
            rows.append({withoutMnemonic(action->text()), shortcutText(action->shortcuts())});
    }
    if (!rows.isEmpty())
        addGroup(path, rows);
}

void ShortcutsDialog::addGroup(const QString &title, const QList<std::pair<QString, QString>> &rows)
{
    auto *group = new QTreeWidgetItem(m_list, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    group->setFlags(Qt::ItemIsEnabled);
    for (const auto &[command, keys] : rows)
        new QTreeWidgetItem(group, {command, keys});
}

void ShortcutsDialog::setFilter(const QString &text)
{
    for (int top = 0; top < m_list->topLevelItemCount(); ++top) {
        QTreeWidgetItem *group = m_list->topLevelItem(top);
        bool anyShown = false;
        for (int row = 0; row < group->childCount(); ++row) {
            QTreeWidgetItem *item = group->child(row);
            const bool shown = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                || item->text(1).contains(text, Qt::CaseInsensitive)
                || group->text(0).contains(text, Qt::CaseInsensitive);
            item->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        group->setHidden(!anyShown);
    }
}

QStringList ShortcutsDialog::entries() const
{
    QStringList entries;
    for (int top = 0; top < m_list->topLevelItemCount(); ++top) {
        const QTreeWidgetItem *group = m_list->topLevelItem(top);
        if (group->isHidden())
            continue;
        for (int row = 0; row < group->childCount(); ++row) {
            const QTreeWidgetItem *item = group->child(row);
            if (!item->isHidden())
                entries.append(group->text(0) + QStringLiteral(" ▸ ") + item->text(0) + QLatin1Char('\t')
                               + item->text(1));
        }
    }
    return entries;
}

} // namespace Duet
