#pragma once

#include "core/lesson/Lesson.h"

#include <QMainWindow>

class QAction;
class QSplitter;
class QTextBrowser;
class QTreeView;

namespace Duet
{

class CodePane;
class LessonTreeModel;
class RunPanel;

/// Duet's window: lessons and sections in a sidebar; the selected section's
/// explanation above its Python and C++ side by side; the run area below.
/// Remembers its geometry, splitter sizes and the section last shown.
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
    [[nodiscard]] RunPanel *runPanel() const { return m_runPanel; }
    [[nodiscard]] CodePane *codePane(Language language) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createProblemsDock(const Diagnostics &errors);
    void showIndex(const QModelIndex &index);
    void step(int direction);
    void updateNavigation();
    void restoreState();
    void saveState() const;

    LessonTreeModel *m_model = nullptr;
    QTreeView *m_sidebar = nullptr;
    QTextBrowser *m_prose = nullptr;
    CodePane *m_pythonPane = nullptr;
    CodePane *m_cppPane = nullptr;
    RunPanel *m_runPanel = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_contentSplitter = nullptr;
    QSplitter *m_codeSplitter = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QString m_currentAddress;
};

} // namespace Duet
