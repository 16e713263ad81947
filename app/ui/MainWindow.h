#pragma once

#include "CodePane.h"
#include "core/edit/EditStore.h"
#include "core/edit/EditWriter.h"
#include "core/lesson/Lesson.h"

#include <QHash>
#include <QMainWindow>

#include <array>

class QAction;
class QActionGroup;
class QDockWidget;
class QListWidget;
class QSplitter;
class QTreeView;

namespace KSyntaxHighlighting
{
class Theme;
}

namespace Duet
{

class ExerciseController;
class FindBar;
class FocusCycler;
class LessonLibrary;
class LessonTreeModel;
class MessageBar;
class ProseView;
class RunPanel;
class SteppingController;
class ThemeController;

/// Duet's window: lessons and sections in a sidebar; the selected section's
/// explanation above its Python and C++ side by side; the run area below,
/// out of the way until the first run. Linked regions of the two programs
/// light each other up. Every area is reachable from the keyboard (F6 and
/// Ctrl+Tab move between them); every command is in a menu and listed in
/// Help ▸ Keyboard Shortcuts. Remembers its geometry, splitters, panels, the
/// section last shown, and each section's scroll and cursor; the learner's
/// edits are saved as they type, and one that cannot be saved is kept and
/// never dropped without asking.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `editDirectory` is where edits are kept (empty: the usual place);
    /// attempts at exercises are kept beside it, in `<editDirectory>-exercises`.
    explicit MainWindow(const LessonCollection &lessons, QWidget *parent = nullptr, const QString &editDirectory = {});
    ~MainWindow() override;

    /// Where File ▸ Open Lesson and Reload Lessons get lessons from; without
    /// one, those commands are disabled. The window does not own it.
    void setLessonLibrary(LessonLibrary *library);
    /// Opens a Markdown file or a lesson folder and shows its lesson; on
    /// failure says why and returns false.
    bool openLesson(const QString &path);
    /// Loads the lessons again from the library, keeping the section shown.
    void reloadLessons();

    /// Shows LESSON/SECTION, or a lesson's introduction for LESSON alone.
    /// Returns false when nothing has that address.
    bool showAddress(const QString &address);
    [[nodiscard]] QString currentAddress() const { return m_currentAddress; }

    [[nodiscard]] QAction *previousAction() const { return m_previous; }
    [[nodiscard]] QAction *nextAction() const { return m_next; }
    [[nodiscard]] QAction *quickOpenAction() const { return m_quickOpen; }
    [[nodiscard]] RunPanel *runPanel() const { return m_runPanel; }
    [[nodiscard]] SteppingController *stepping() const { return m_stepping; }
    [[nodiscard]] CodePane *codePane(Language language) const;
    [[nodiscard]] ProseView *proseView() const { return m_prose; }
    [[nodiscard]] QTreeView *sidebar() const { return m_sidebar; }
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }
    [[nodiscard]] FocusCycler *focusCycler() const { return m_focus; }
    [[nodiscard]] ThemeController *themeController() const { return m_themes; }
    [[nodiscard]] MessageBar *editProblemBar() const { return m_editProblem; }
    /// Exercises: the learner's own C++ for a section, checked against the Python.
    [[nodiscard]] ExerciseController *exercises() const { return m_exercises; }
    /// Gives the sidebar the width its titles need in a window this wide, as
    /// on a first start (a screenshot lays out for its own size with it).
    void fitSidebar(int windowWidth);
    /// Whether the run area is shown (it is, from the first run on).
    [[nodiscard]] bool isRunAreaWanted() const { return m_runAreaWanted; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class EditCommand { Undo, Redo, Cut, Copy, Paste, SelectAll };

    // Building the window (MainWindowActions.cpp holds the menus).
    void createLayout();
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createHelpMenu();
    void createToolBar();
    QAction *makeAction(const QString &name, const QString &icon, const QString &text,
                        const QList<QKeySequence> &shortcuts = {});
    void showProblems(const Diagnostics &errors);

    // Sections.
    void showIndex(const QModelIndex &index);
    void showLessonPage(const Lesson &lesson);
    void showSection(const Lesson &lesson, const Section &section);
    void rememberViewState();
    void step(int direction);
    void updateNavigation();
    void setLessons(const LessonCollection &lessons);
    /// Takes the library's lessons after they changed, and shows `address` again.
    void adoptLessons(const QString &address);

    // Look and layout.
    void applyTheme(const KSyntaxHighlighting::Theme &theme);
    void applyZoom(int steps);
    void updateAreas();
    void setRunAreaWanted(bool wanted);
    void openQuickOpen();

    // Editing.
    void connectEditing(CodePane *pane, Language language);
    void runEditCommand(EditCommand command);
    void updateEditActions();
    void revertSection();
    void showSaveFailure(const QString &lessonId, const QString &sectionId, Language language, const QString &message);
    /// Asks what to do with edits that could not be saved; false: stay open.
    bool settleUnsavedEdits();
    /// The same for an exercise's attempt; false: stay open.
    bool settleUnsavedAttempts();
    bool saveEditsElsewhere();

    // Dialogs.
    void chooseLessonFile();
    void chooseLessonFolder();
    void showShortcuts();
    void showLessonFormat();
    void showAbout();

    void restoreState();
    void saveState() const;

    LessonTreeModel *m_model = nullptr;
    ThemeController *m_themes = nullptr;
    LessonLibrary *m_library = nullptr;
    FocusCycler *m_focus = nullptr;
    QTreeView *m_sidebar = nullptr;
    ProseView *m_prose = nullptr;
    CodePane *m_pythonPane = nullptr;
    CodePane *m_cppPane = nullptr;
    FindBar *m_findBar = nullptr;
    RunPanel *m_runPanel = nullptr;
    SteppingController *m_stepping = nullptr;
    ExerciseController *m_exercises = nullptr;
    MessageBar *m_editProblem = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    QSplitter *m_codeSplitter = nullptr;
    QWidget *m_codeArea = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QListWidget *m_problems = nullptr;

    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_quickOpen = nullptr;
    QAction *m_openFile = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_revert = nullptr;
    std::array<QAction *, 6> m_editActions {};
    QAction *m_showSidebar = nullptr;
    QAction *m_showProse = nullptr;
    QAction *m_showOutput = nullptr;
    QActionGroup *m_themeGroup = nullptr;

    QString m_currentAddress;
    const Lesson *m_currentLesson = nullptr;
    const Section *m_currentSection = nullptr;
    bool m_runAreaWanted = false;
    bool m_hasCode = false;
    /// Each visited section's scroll and cursor, per pane (Python, C++).
    QHash<QString, std::array<CodePane::ViewState, 2>> m_viewStates;
    EditStore m_edits;
    /// Declared after m_edits, which it writes to, so it flushes first.
    EditWriter m_editWriter {m_edits};
};

} // namespace Duet
