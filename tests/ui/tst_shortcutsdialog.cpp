// Help ▸ Keyboard Shortcuts lists every command of every menu that has a
// shortcut, read from the menus themselves, and the keys that work inside an
// area; the filter narrows the list.

#include "support/SampleLessons.h"
#include "ui/MainWindow.h"
#include "ui/ShortcutsDialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Duet;

namespace
{

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

void collect(const QMenu *menu, QList<const QAction *> &actions)
{
    const auto items = menu->actions();
    for (const QAction *action : items) {
        if (action->menu())
            collect(action->menu(), actions);
        else if (!action->shortcuts().isEmpty())
            actions.append(action);
    }
}

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void listsEveryMenuShortcut()
    {
        MainWindow window(Testing::sampleLessons());
        ShortcutsDialog dialog(window.menuBar());
        const QStringList entries = dialog.entries();
        QList<const QAction *> actions;
        const auto menus = window.menuBar()->actions();
        for (const QAction *menu : menus)
            collect(menu->menu(), actions);
        QVERIFY(actions.size() >= 20);
        for (const QAction *action : std::as_const(actions)) {
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            const bool listed = std::ranges::any_of(entries, [&](const QString &entry) {
                return entry.contains(QStringLiteral(" ▸ ") + plain(action->text()) + QLatin1Char('\t'))
                    && entry.contains(keys);
            });
            QVERIFY2(listed, qPrintable(plain(action->text()) + QStringLiteral(" (") + keys + QLatin1Char(')')));
        }
        // The ones this issue is about, spelled out.
        QVERIFY(entries.contains(QStringLiteral("Go ▸ Next Area\tF6, Ctrl+Tab")));
        QVERIFY(std::ranges::any_of(entries, [](const QString &entry) {
            return entry.startsWith(QStringLiteral("Edit ▸ Undo\t")) && entry.contains(QLatin1String("Ctrl+Z"));
        }));
        QVERIFY(entries.contains(QStringLiteral("Run ▸ Run C++\tCtrl+R")));
        QVERIFY(std::ranges::any_of(entries, [](const QString &entry) {
            return entry.startsWith(QStringLiteral("In a code pane ▸ Leave the pane"))
                && entry.endsWith(QLatin1String("Escape, then Tab or Shift+Tab"));
        }));
        QVERIFY(std::ranges::any_of(entries, [](const QString &entry) {
            return entry.startsWith(QStringLiteral("In the Find bar ▸ Close"))
                && entry.endsWith(QLatin1String("Escape"));
        }));
    }

    void filterNarrows()
    {
        MainWindow window(Testing::sampleLessons());
        ShortcutsDialog dialog(window.menuBar());
        const qsizetype all = dialog.entries().size();
        dialog.setFilter(QStringLiteral("zoom"));
        const QStringList zoom = dialog.entries();
        QCOMPARE(zoom.size(), 3);
        for (const QString &entry : zoom)
            QVERIFY(entry.contains(QLatin1String("Zoom")));
        dialog.setFilter(QString());
        QCOMPARE(dialog.entries().size(), all);
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
