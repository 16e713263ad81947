// MainWindow's commands: the menus, the toolbar, the dialogs they open, and
// what happens to edits that cannot be saved.

#include "MainWindow.h"

#include "CodePane.h"
#include "FindBar.h"
#include "FocusCycler.h"
#include "LessonTreeModel.h"
#include "MessageBar.h"
#include "ProseView.h"
#include "QuickOpenDialog.h"
#include "RememberedLessons.h"
#include "ShortcutsDialog.h"
#include "ThemeController.h"
#include "core/Version.h"
#include "core/lesson/LessonLibrary.h"
#include "core/run/ProgramCompiler.h"
#include "core/run/SectionRunner.h"
#include "exercise/ExerciseController.h"
#include "run/RunPanel.h"
#include "stepping/SteppingController.h"

#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>

#include "core/settings/Settings.h"
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextEdit>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <Qsci/qsciglobal.h>
#include <Qsci/qsciscintilla.h>

namespace Duet
{

namespace
{

QStringList droppedLessons(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    const auto urls = data->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && RememberedLessons::looksLikeLesson(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

QAction *MainWindow::makeAction(const QString &name, const QString &icon, const QString &text,
                                const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon::fromTheme(icon), text, this);
    action->setObjectName(name);
    action->setShortcuts(shortcuts);
    // Shortcuts work wherever the focus is in the window, menus hidden or not.
    QWidget::addAction(action);
    return action;
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();

    m_previous = makeAction(QStringLiteral("previousSection"), QStringLiteral("go-previous"), tr("&Previous Section"),
                            {QKeySequence(Qt::ALT | Qt::Key_Left)});
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    m_next = makeAction(QStringLiteral("nextSection"), QStringLiteral("go-next"), tr("&Next Section"),
                        {QKeySequence(Qt::ALT | Qt::Key_Right)});
    connect(m_next, &QAction::triggered, this, [this] { step(+1); });
    m_quickOpen = makeAction(QStringLiteral("quickOpen"), QStringLiteral("search"), tr("&Go to Section…"),
                             {QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(m_quickOpen, &QAction::triggered, this, &MainWindow::openQuickOpen);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_previous);
    go->addAction(m_next);
    go->addSeparator();
    go->addAction(m_quickOpen);
    go->addSeparator();
    go->addAction(m_focus->nextAction());
    go->addAction(m_focus->previousAction());
    QWidget::addAction(m_focus->nextAction());
    QWidget::addAction(m_focus->previousAction());

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    for (QAction *action : {m_runPanel->runCppAction(), m_runPanel->runPythonAction(), m_runPanel->runBothAction(),
                            m_runPanel->runRepeatedAction(), m_runPanel->runPythonRepeatedAction()}) {
        run->addAction(action);
        // The run area comes into view with the first run, and stays.
        connect(action, &QAction::triggered, this, [this] {
            if (!m_runAreaWanted)
                setRunAreaWanted(true);
        });
    }
    run->addSeparator();
    run->addAction(m_runPanel->stopAction());
    run->addSeparator();
    for (QAction *action : {m_exercises->tryItYourselfAction(), m_exercises->showLessonCppAction(),
                            m_exercises->stopTryingAction(), m_exercises->hintAction()})
        run->addAction(action);
    run->addSeparator();
    m_stepping->addActionsTo(run);

    createHelpMenu();
    createToolBar();
    updateNavigation();
    updateEditActions();
}

void MainWindow::createFileMenu()
{
    m_openFile = makeAction(QStringLiteral("openLesson"), QStringLiteral("document-open"), tr("&Open Lesson…"),
                            {QKeySequence::Open});
    m_openFile->setToolTip(tr("Open a lesson written in Markdown (a .md file, or a pack's lesson.md)"));
    connect(m_openFile, &QAction::triggered, this, &MainWindow::chooseLessonFile);
    m_openFolder = makeAction(QStringLiteral("openLessonFolder"), QStringLiteral("folder-open"),
                              tr("Open Lesson &Folder…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    m_openFolder->setToolTip(tr("Open a lesson pack, or a folder of packs"));
    connect(m_openFolder, &QAction::triggered, this, &MainWindow::chooseLessonFolder);
    m_reload = makeAction(QStringLiteral("reloadLessons"), QStringLiteral("view-refresh"), tr("&Reload Lessons"),
                          {QKeySequence::Refresh});
    m_reload->setToolTip(tr("Read every lesson again from its files"));
    connect(m_reload, &QAction::triggered, this, &MainWindow::reloadLessons);
    for (QAction *action : {m_openFile, m_openFolder, m_reload})
        action->setEnabled(false); // until there is a library to load from
    QAction *quit
        = makeAction(QStringLiteral("quit"), QStringLiteral("application-exit"), tr("&Quit"), {QKeySequence::Quit});
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openFile);
    file->addAction(m_openFolder);
    file->addAction(m_reload);
    file->addSeparator();
    file->addAction(quit);
}

void MainWindow::createEditMenu()
{
    const std::array<std::tuple<EditCommand, QString, QString, QString, QKeySequence::StandardKey>, 6> commands {{
        {EditCommand::Undo, QStringLiteral("undo"), QStringLiteral("edit-undo"), tr("&Undo"), QKeySequence::Undo},
        {EditCommand::Redo, QStringLiteral("redo"), QStringLiteral("edit-redo"), tr("&Redo"), QKeySequence::Redo},
        {EditCommand::Cut, QStringLiteral("cut"), QStringLiteral("edit-cut"), tr("Cu&t"), QKeySequence::Cut},
        {EditCommand::Copy, QStringLiteral("copy"), QStringLiteral("edit-copy"), tr("&Copy"), QKeySequence::Copy},
        {EditCommand::Paste, QStringLiteral("paste"), QStringLiteral("edit-paste"), tr("&Paste"), QKeySequence::Paste},
        {EditCommand::SelectAll, QStringLiteral("selectAll"), QStringLiteral("edit-select-all"), tr("Select &All"),
         QKeySequence::SelectAll},
    }};
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const auto &[command, name, icon, text, key] : commands) {
        QAction *action = makeAction(name, icon, text, QKeySequence::keyBindings(key));
        connect(action, &QAction::triggered, this, [this, command] { runEditCommand(command); });
        m_editActions.at(std::size_t(command)) = action;
        edit->addAction(action);
        if (command == EditCommand::Redo || command == EditCommand::Paste)
            edit->addSeparator();
    }
    edit->addSeparator();
    QAction *find = makeAction(QStringLiteral("find"), QStringLiteral("edit-find"), tr("&Find…"),
                               QKeySequence::keyBindings(QKeySequence::Find));
    connect(find, &QAction::triggered, m_findBar, &FindBar::activate);
    edit->addAction(find);
    edit->addSeparator();
    m_revert = makeAction(QStringLiteral("revert"), QStringLiteral("document-revert"), tr("&Revert to Lesson…"));
    m_revert->setToolTip(tr("Bring back the lesson's version of this section's programs; Undo brings yours back"));
    connect(m_revert, &QAction::triggered, this, &MainWindow::revertSection);
    edit->addAction(m_revert);
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::updateEditActions);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_showSidebar = makeAction(QStringLiteral("showSidebar"), {}, tr("Show &Sidebar"), {QKeySequence(Qt::Key_F9)});
    m_showSidebar->setCheckable(true);
    m_showSidebar->setChecked(true);
    connect(m_showSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    m_showProse = makeAction(QStringLiteral("showExplanation"), {}, tr("Show &Explanation"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)});
    m_showProse->setCheckable(true);
    m_showProse->setChecked(true);
    connect(m_showProse, &QAction::toggled, m_prose, &QWidget::setVisible);
    m_showOutput
        = makeAction(QStringLiteral("showOutput"), {}, tr("Show &Output"), {QKeySequence(Qt::CTRL | Qt::Key_J)});
    m_showOutput->setCheckable(true);
    m_showOutput->setToolTip(tr("The run area: run buttons, input, output and timings"));
    connect(m_showOutput, &QAction::triggered, this, &MainWindow::setRunAreaWanted);
    view->addAction(m_showSidebar);
    view->addAction(m_showProse);
    view->addAction(m_showOutput);
    view->addSeparator();

    QMenu *themes = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const auto addTheme = [&](const QString &label, const QString &name) {
        QAction *action = themes->addAction(label);
        action->setCheckable(true);
        action->setData(name);
        action->setChecked(m_themes->chosenThemeName() == name);
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { m_themes->chooseTheme(name); });
    };
    addTheme(tr("Follow the System"), QString());
    themes->addSeparator();
    const QStringList names = ThemeController::themeNames();
    for (const QString &name : names)
        addTheme(name, name);

    view->addSeparator();
    QAction *zoomIn = makeAction(QStringLiteral("zoomIn"), QStringLiteral("zoom-in"), tr("Zoom &In"),
                                 {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(QKeySequence::ZoomIn)});
    connect(zoomIn, &QAction::triggered, this, [this] { m_themes->setZoom(m_themes->zoom() + 1); });
    QAction *zoomOut = makeAction(QStringLiteral("zoomOut"), QStringLiteral("zoom-out"), tr("Zoom &Out"),
                                  QKeySequence::keyBindings(QKeySequence::ZoomOut));
    connect(zoomOut, &QAction::triggered, this, [this] { m_themes->setZoom(m_themes->zoom() - 1); });
    QAction *zoomReset = makeAction(QStringLiteral("zoomReset"), QStringLiteral("zoom-original"), tr("&Reset Zoom"),
                                    {QKeySequence(Qt::CTRL | Qt::Key_0)});
    connect(zoomReset, &QAction::triggered, this, [this] { m_themes->setZoom(0); });
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(zoomReset);
}

void MainWindow::createHelpMenu()
{
    QAction *shortcuts = makeAction(QStringLiteral("keyboardShortcuts"), QStringLiteral("configure-shortcuts"),
                                    tr("&Keyboard Shortcuts"), {QKeySequence(Qt::Key_F1)});
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *format = makeAction(QStringLiteral("lessonFormat"), QStringLiteral("help-contents"), tr("&Lesson Format"));
    connect(format, &QAction::triggered, this, &MainWindow::showLessonFormat);
    QAction *about = makeAction(QStringLiteral("about"), QStringLiteral("help-about"), tr("&About Duet"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addAction(format);
    help->addSeparator();
    help->addAction(about);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_previous);
    toolBar->addAction(m_next);
    toolBar->addAction(m_quickOpen);
    toolBar->addSeparator();
    // Running is one click away even while the run area is out of view.
    toolBar->addAction(m_runPanel->runCppAction());
    toolBar->addAction(m_runPanel->runPythonAction());
    toolBar->addAction(m_runPanel->runBothAction());
    toolBar->addAction(m_runPanel->stopAction());
}

void MainWindow::runEditCommand(EditCommand command)
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *editor = qobject_cast<QsciScintilla *>(focus)) {
        switch (command) {
        case EditCommand::Undo:
            editor->undo();
            break;
        case EditCommand::Redo:
            editor->redo();
            break;
        case EditCommand::Cut:
            editor->cut();
            break;
        case EditCommand::Copy:
            editor->copy();
            break;
        case EditCommand::Paste:
            editor->paste();
            break;
        case EditCommand::SelectAll:
            editor->selectAll();
            break;
        }
    } else if (auto *text = qobject_cast<QTextEdit *>(focus)) {
        switch (command) {
        case EditCommand::Undo:
            text->undo();
            break;
        case EditCommand::Redo:
            text->redo();
            break;
        case EditCommand::Cut:
            text->cut();
            break;
        case EditCommand::Copy:
            text->copy();
            break;
        case EditCommand::Paste:
            text->paste();
            break;
        case EditCommand::SelectAll:
            text->selectAll();
            break;
        }
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(focus)) {
        switch (command) {
        case EditCommand::Undo:
            plain->undo();
            break;
        case EditCommand::Redo:
            plain->redo();
            break;
        case EditCommand::Cut:
            plain->cut();
            break;
        case EditCommand::Copy:
            plain->copy();
            break;
        case EditCommand::Paste:
            plain->paste();
            break;
        case EditCommand::SelectAll:
            plain->selectAll();
            break;
        }
    } else if (auto *line = qobject_cast<QLineEdit *>(focus)) {
        switch (command) {
        case EditCommand::Undo:
            line->undo();
            break;
        case EditCommand::Redo:
            line->redo();
            break;
        case EditCommand::Cut:
            line->cut();
            break;
        case EditCommand::Copy:
            line->copy();
            break;
        case EditCommand::Paste:
            line->paste();
            break;
        case EditCommand::SelectAll:
            line->selectAll();
            break;
        }
    }
    updateEditActions();
}

void MainWindow::updateEditActions()
{
    if (!m_editActions.front())
        return;
    QWidget *focus = QApplication::focusWidget();
    bool undo = false, redo = false, cut = false, copy = false, paste = false, selectAll = false;
    const bool clipboardHasText = !QApplication::clipboard()->text().isEmpty();
    if (auto *editor = qobject_cast<QsciScintilla *>(focus)) {
        const bool writable = !editor->isReadOnly();
        undo = writable && editor->isUndoAvailable();
        redo = writable && editor->isRedoAvailable();
        copy = editor->hasSelectedText();
        cut = writable && copy;
        paste = writable && clipboardHasText;
        selectAll = editor->length() > 0;
    } else if (auto *text = qobject_cast<QTextEdit *>(focus)) {
        const bool writable = !text->isReadOnly();
        undo = writable && text->document()->isUndoAvailable();
        redo = writable && text->document()->isRedoAvailable();
        copy = text->textCursor().hasSelection();
        cut = writable && copy;
        paste = writable && clipboardHasText;
        selectAll = !text->document()->isEmpty();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(focus)) {
        const bool writable = !plain->isReadOnly();
        undo = writable && plain->document()->isUndoAvailable();
        redo = writable && plain->document()->isRedoAvailable();
        copy = plain->textCursor().hasSelection();
        cut = writable && copy;
        paste = writable && clipboardHasText;
        selectAll = !plain->document()->isEmpty();
    } else if (auto *line = qobject_cast<QLineEdit *>(focus)) {
        undo = line->isUndoAvailable();
        redo = line->isRedoAvailable();
        copy = line->hasSelectedText();
        cut = copy && !line->isReadOnly();
        paste = clipboardHasText && !line->isReadOnly();
        selectAll = !line->text().isEmpty();
    }
    const std::array<bool, 6> enabled {undo, redo, cut, copy, paste, selectAll};
    for (std::size_t index = 0; index < enabled.size(); ++index)
        m_editActions.at(index)->setEnabled(enabled.at(index));
    if (m_revert)
        m_revert->setEnabled(m_pythonPane->isEdited() || m_cppPane->isEdited());
}

void MainWindow::revertSection()
{
    if (!CodePane::confirmRevert(this, {m_pythonPane, m_cppPane}))
        return;
    m_pythonPane->revert();
    m_cppPane->revert();
    statusBar()->showMessage(tr("Back to the lesson's version; Undo in a pane brings yours back."), 6000);
}

void MainWindow::openQuickOpen()
{
    QuickOpenDialog dialog(m_model->lessons(), this);
    if (dialog.exec() == QDialog::Accepted)
        showAddress(dialog.selectedAddress());
}

void MainWindow::setLessonLibrary(LessonLibrary *library)
{
    m_library = library;
    for (QAction *action : {m_openFile, m_openFolder, m_reload})
        action->setEnabled(library != nullptr);
}

void MainWindow::adoptLessons(const QString &address)
{
    rememberViewState();
    m_editWriter.flush();
    setLessons(m_library->collection());
    if (!showAddress(address) && m_model->rowCount() > 0)
        m_sidebar->setCurrentIndex(m_model->index(0, 0));
}

void MainWindow::reloadLessons()
{
    if (!m_library)
        return;
    const QString address = m_currentAddress;
    m_library->reload();
    adoptLessons(address);
    statusBar()->showMessage(tr("Lessons reloaded: %n lesson(s).", nullptr, m_model->rowCount()), 5000);
}

bool MainWindow::openLesson(const QString &path)
{
    if (!m_library)
        return false;
    if (!RememberedLessons::looksLikeLesson(path)) {
        QMessageBox::warning(this, tr("Cannot Open the Lesson"),
                             QFileInfo::exists(path) ? tr("%1 is neither a Markdown file (.md) nor a folder.").arg(path)
                                                     : tr("%1 does not exist.").arg(path));
        return false;
    }
    const QString address = m_currentAddress;
    const auto opened = m_library->addSource(path);
    if (!opened) {
        QStringList reasons;
        for (const Diagnostic &problem : opened.error())
            reasons.append(problem.toString());
        QMessageBox problem(QMessageBox::Warning, tr("Cannot Open the Lesson"),
                            tr("Duet found no lesson it could read in %1.").arg(QDir::toNativeSeparators(path)),
                            QMessageBox::Ok, this);
        problem.setInformativeText(reasons.join(QLatin1Char('\n')));
        problem.exec();
        return false;
    }
    RememberedLessons::remember(path);
    adoptLessons(address);
    showAddress(opened->constFirst());
    m_sidebar->setFocus(Qt::OtherFocusReason);
    if (const Lesson *lesson = m_library->collection().lesson(opened->constFirst()))
        statusBar()->showMessage(tr("Opened “%1”.").arg(lesson->title), 5000);
    return true;
}

namespace
{

/// Where the open dialogs start: where the learner last opened a lesson,
/// else their documents, else their home.
QString startFolder()
{
    const QString last = Settings().value(Setting::lastLessonFolder);
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void rememberFolder(const QString &folder)
{
    Settings().setValue(Setting::lastLessonFolder, folder);
}

} // namespace

void MainWindow::chooseLessonFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Lesson"), startFolder(),
                                                      tr("Markdown lessons (*.md *.markdown);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(QFileInfo(path).absolutePath());
    openLesson(path);
}

void MainWindow::chooseLessonFolder()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Lesson Folder"), startFolder());
    if (path.isEmpty())
        return;
    rememberFolder(QFileInfo(path).absolutePath());
    openLesson(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_library && !droppedLessons(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedLessons(event->mimeData());
    if (!m_library || paths.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &path : paths)
        openLesson(path);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::showLessonFormat()
{
    QFile readme(QStringLiteral(":/docs/README.md"));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Lesson Format"));
    dialog.resize(760, 640);
    auto *page = new ProseView(&dialog);
    page->applyTheme(m_themes->theme(), m_themes->colours());
    page->setZoom(m_themes->zoom());
    page->setMarkdownPage(readme.open(QIODevice::ReadOnly) ? QString::fromUtf8(readme.readAll())
                                                           : tr("The lesson format is missing from this build."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(page, 1);
    layout->addWidget(buttons);
    dialog.exec();
}

void MainWindow::showAbout()
{
    const QString compiler = ProgramCompiler::findCompiler();
    const QString python = SectionRunner::findPython();
    const QString none = tr("none found on PATH");
    QMessageBox::about(
        this, tr("About Duet"),
        tr("<h3>Duet %1</h3><p>Advanced Python techniques beside their modern C++ equivalents.</p>"
           "<table>"
           "<tr><td>Qt</td><td>%2 (built with %3)</td></tr>"
           "<tr><td>KSyntaxHighlighting</td><td>%4</td></tr>"
           "<tr><td>QScintilla</td><td>%5</td></tr>"
           "<tr><td>C++ compiler for edits</td><td>%6</td></tr>"
           "<tr><td>Python</td><td>%7</td></tr>"
           "</table>")
            .arg(versionString(), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                 QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), QStringLiteral(QSCINTILLA_VERSION_STR),
                 compiler.isEmpty() ? none : tr("%1 (%2)").arg(ProgramCompiler::compilerSummary(), compiler),
                 python.isEmpty() ? none : python));
}

void MainWindow::showSaveFailure(const QString &lessonId, const QString &sectionId, Language language,
                                 const QString &message)
{
    static const QString saveElsewhere = QStringLiteral("saveEditsElsewhere");
    if (!m_editProblem->findChild<QAction *>(saveElsewhere)) {
        auto *retry = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Try Again"), m_editProblem);
        retry->setObjectName(QStringLiteral("retryEditSave"));
        connect(retry, &QAction::triggered, this, [this] {
            m_editWriter.flush();
            m_exercises->flush();
        });
        auto *elsewhere
            = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save Elsewhere…"), m_editProblem);
        elsewhere->setObjectName(saveElsewhere);
        connect(elsewhere, &QAction::triggered, this, &MainWindow::saveEditsElsewhere);
        m_editProblem->addAction(retry);
        m_editProblem->addAction(elsewhere);
    }
    const QString program = language == Language::Python ? tr("Python") : tr("C++");
    m_editProblem->showMessage(tr("<b>Your edit of the %1 in %2/%3 could not be saved</b>: %4.<br>"
                                  "It is kept while Duet is open; Duet asks before closing.")
                                   .arg(program, lessonId, sectionId, message.toHtmlEscaped()));
}

bool MainWindow::saveEditsElsewhere()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Save Your Edits In"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return false;
    EditStore elsewhere(folder);
    const QStringList errors = m_editWriter.saveTo(elsewhere);
    if (!errors.isEmpty()) {
        QMessageBox::warning(this, tr("Edits Not Saved"), errors.join(QLatin1Char('\n')));
        return false;
    }
    m_editProblem->hide();
    statusBar()->showMessage(tr("Your edits are saved in %1.").arg(QDir::toNativeSeparators(folder)), 10000);
    return true;
}

bool MainWindow::settleUnsavedAttempts()
{
    const auto pending = m_exercises->attemptWriter().pending();
    QStringList attempts;
    for (const EditWriter::PendingEdit &attempt : pending)
        attempts.append(tr("%1/%2").arg(attempt.lessonId, attempt.sectionId));
    QMessageBox question(QMessageBox::Warning, tr("Attempts Not Saved"),
                         tr("Duet could not save your C++ for %1 to %2.")
                             .arg(attempts.join(tr(", ")), QDir::toNativeSeparators(m_exercises->store().directory())),
                         QMessageBox::NoButton, this);
    question.setInformativeText(tr("Copy what you wrote from the C++ pane first, or close and lose it?"));
    QPushButton *discard = question.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != discard)
        return false;
    m_exercises->attemptWriter().discardPending();
    return true;
}

bool MainWindow::settleUnsavedEdits()
{
    const auto pending = m_editWriter.pending();
    QStringList programs;
    for (const EditWriter::PendingEdit &edit : pending)
        programs.append(tr("%1 of %2/%3")
                            .arg(edit.language == Language::Python ? tr("the Python") : tr("the C++"), edit.lessonId,
                                 edit.sectionId));
    QMessageBox question(QMessageBox::Warning, tr("Edits Not Saved"),
                         tr("Duet could not save your edits of %1 to %2.")
                             .arg(programs.join(tr(", ")), QDir::toNativeSeparators(m_edits.directory())),
                         QMessageBox::NoButton, this);
    question.setInformativeText(tr("Save them in another folder, or close and lose them?"));
    QPushButton *elsewhere = question.addButton(tr("Save Elsewhere…"), QMessageBox::AcceptRole);
    QPushButton *discard = question.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(elsewhere);
    question.exec();
    if (question.clickedButton() == discard) {
        m_editWriter.discardPending();
        return true;
    }
    return question.clickedButton() == elsewhere && saveEditsElsewhere();
}

} // namespace Duet
