#pragma once

#include "core/lesson/Lesson.h"
#include "core/edit/EditStore.h"
#include "core/edit/EditWriter.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QSplitter;
class QTreeView;

namespace KSyntaxHighlighting
{
class Theme;
}

namespace Duet
{

class CodePane;
class FindBar;
class LessonTreeModel;
class ProseView;
class RunPanel;
class ThemeController;

/// Duet's window: lessons and sections in a sidebar; the selected section's
/// explanation above its Python and C++ side by side; the run area below.
/// Linked regions of the two programs light each other up. Remembers its
/// geometry, splitter sizes, the section last shown, the theme and the zoom.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const LessonCollection &lessons, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows LESSON/SECTION, or a lesson's introduction for LESSON alone.
    /// Returns false when nothing has that address.
    bool showAddress(const QString &address);
    [[nodiscard]] QString currentAddress() const { return m_currentAddress; }

    [[nodiscard]] QAction *previousAction() const { return m_previous; }
    [[nodiscard]] QAction *nextAction() const { return m_next; }
    [[nodiscard]] QAction *quickOpenAction() const { return m_quickOpen; }
    [[nodiscard]] RunPanel *runPanel() const { return m_runPanel; }
    [[nodiscard]] CodePane *codePane(Language language) const;
    [[nodiscard]] ProseView *proseView() const { return m_prose; }
    [[nodiscard]] ThemeController *themeController() const { return m_themes; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createViewMenu(QMenu *view);
    void createProblemsDock(const Diagnostics &errors);
    void showIndex(const QModelIndex &index);
    void step(int direction);
    void updateNavigation();
    void applyTheme(const KSyntaxHighlighting::Theme &theme);
    void applyZoom(int steps);
    void openQuickOpen();
    void connectEditing(CodePane *pane, Language language);
    void restoreState();
    void saveState() const;

    LessonTreeModel *m_model = nullptr;
    ThemeController *m_themes = nullptr;
    QTreeView *m_sidebar = nullptr;
    ProseView *m_prose = nullptr;
    CodePane *m_pythonPane = nullptr;
    CodePane *m_cppPane = nullptr;
    FindBar *m_findBar = nullptr;
    RunPanel *m_runPanel = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    QSplitter *m_codeSplitter = nullptr;
    QWidget *m_codeArea = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_quickOpen = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QString m_currentAddress;
    const Lesson *m_currentLesson = nullptr;
    const Section *m_currentSection = nullptr;
    EditStore m_edits;
    /// Declared after m_edits, which it writes to, so it flushes first.
    EditWriter m_editWriter {m_edits};
};

} // namespace Duet
