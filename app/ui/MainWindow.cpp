#include "MainWindow.h"

#include "CodePane.h"
#include "FindBar.h"
#include "LessonTreeModel.h"
#include "ProseView.h"
#include "QuickOpenDialog.h"
#include "ThemeController.h"
#include "run/RunPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <Qsci/qsciscintilla.h>

namespace Duet
{

MainWindow::MainWindow(const LessonCollection &lessons, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new LessonTreeModel(this))
    , m_themes(new ThemeController(this))
    , m_sidebar(new QTreeView(this))
    , m_prose(new ProseView(this))
    , m_pythonPane(new CodePane(Language::Python, this))
    , m_cppPane(new CodePane(Language::Cpp, this))
    , m_findBar(new FindBar(this))
    , m_runPanel(new RunPanel(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_contentSplitter(new QSplitter(Qt::Vertical, this))
    , m_codeSplitter(new QSplitter(Qt::Horizontal, this))
    , m_codeArea(new QWidget(this))
{
    setWindowTitle(tr("Duet"));
    m_model->setLessons(lessons.lessons);

    m_sidebar->setModel(m_model);
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setUniformRowHeights(true);
    m_sidebar->setAccessibleName(tr("Lessons and sections"));
    m_sidebar->expandAll();
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showIndex(current); });
    connect(m_prose, &ProseView::sectionLinkActivated, this, [this](const QString &address) { showAddress(address); });

    // Each pane's active regions light up in the other pane.
    connect(m_pythonPane, &CodePane::regionsActivated, m_cppPane, &CodePane::highlightRegions);
    connect(m_cppPane, &CodePane::regionsActivated, m_pythonPane, &CodePane::highlightRegions);

    m_codeSplitter->addWidget(m_pythonPane);
    m_codeSplitter->addWidget(m_cppPane);
    m_codeSplitter->setChildrenCollapsible(false);
    auto *codeLayout = new QVBoxLayout(m_codeArea);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(0);
    codeLayout->addWidget(m_codeSplitter, 1);
    codeLayout->addWidget(m_findBar);

    m_contentSplitter->addWidget(m_prose);
    m_contentSplitter->addWidget(m_codeArea);
    m_contentSplitter->addWidget(m_runPanel);
    m_contentSplitter->setStretchFactor(0, 3);
    m_contentSplitter->setStretchFactor(1, 4);
    m_contentSplitter->setStretchFactor(2, 2);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_contentSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({300, 980});
    setCentralWidget(m_mainSplitter);
    // Keyboard order follows the reading order.
    setTabOrder(m_sidebar, m_prose);
    setTabOrder(m_prose, m_pythonPane->editor());
    setTabOrder(m_pythonPane->editor(), m_cppPane->editor());
    setTabOrder(m_cppPane->editor(), m_runPanel);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_prose || now == m_pythonPane->editor() || now == m_cppPane->editor())
            m_findBar->setTarget(now);
    });
    m_findBar->setTarget(m_prose);

    connect(m_runPanel, &RunPanel::sectionRan, this,
            [this](const QString &lesson, const QString &section, Language language) {
                if (language == Language::Cpp)
                    m_model->markSection(lesson + QLatin1Char('/') + section, LessonTreeModel::SectionState::DemoRun);
            });
    connectEditing(m_pythonPane, Language::Python);
    connectEditing(m_cppPane, Language::Cpp);
    connect(&m_editWriter, &EditWriter::saveFailed, this, [this](const QString &lessonId, const QString &sectionId) {
        statusBar()->showMessage(
            tr("Could not save your edit of %1/%2 to %3").arg(lessonId, sectionId, m_edits.directory()));
    });
    connect(m_runPanel, &RunPanel::diagnosticsChanged, this, [this](Language language, const Diagnostics &diagnostics) {
        codePane(language)->setDiagnostics(diagnostics);
    });
    connect(m_runPanel, &RunPanel::locationActivated, this,
            [this](Language language, int line, int column) { codePane(language)->jumpTo(line, column); });
    connect(m_themes, &ThemeController::themeChanged, this, &MainWindow::applyTheme);
    connect(m_themes, &ThemeController::zoomChanged, this, &MainWindow::applyZoom);

    createActions();
    if (!lessons.errors.isEmpty())
        createProblemsDock(lessons.errors);
    applyTheme(m_themes->theme());
    applyZoom(m_themes->zoom());
    restoreState();
}

MainWindow::~MainWindow() = default;

CodePane *MainWindow::codePane(Language language) const
{
    return language == Language::Python ? m_pythonPane : m_cppPane;
}

void MainWindow::connectEditing(CodePane *pane, Language language)
{
    connect(pane, &CodePane::programEdited, this, [this, language](const QString &text, bool edited) {
        if (!m_currentLesson || !m_currentSection)
            return;
        // Written atomically a moment after typing pauses, and at once when
        // the section changes or the window closes.
        m_editWriter.schedule(m_currentLesson->id, m_currentSection->id, language, text, edited);
        m_runPanel->setProgramText(language, text, edited);
    });
}

void MainWindow::createActions()
{
    m_previous = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Previous Section"), this);
    m_previous->setShortcut(Qt::ALT | Qt::Key_Left);
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    m_next = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Next Section"), this);
    m_next->setShortcut(Qt::ALT | Qt::Key_Right);
    connect(m_next, &QAction::triggered, this, [this] { step(+1); });
    m_quickOpen = new QAction(QIcon::fromTheme(QStringLiteral("search")), tr("&Go to Section…"), this);
    m_quickOpen->setShortcut(Qt::CTRL | Qt::Key_K);
    connect(m_quickOpen, &QAction::triggered, this, &MainWindow::openQuickOpen);
    auto *find = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_findBar, &FindBar::activate);
    auto *revert = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Revert to Lesson"), this);
    revert->setToolTip(tr("Throw away your changes to this section's programs"));
    connect(revert, &QAction::triggered, this, [this] {
        m_pythonPane->revert();
        m_cppPane->revert();
    });
    auto *quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto *about = new QAction(tr("&About Duet"), this);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Duet"),
                           tr("<h3>Duet %1</h3><p>Advanced Python techniques beside their modern C++ "
                              "equivalents.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(find);
    edit->addSeparator();
    edit->addAction(revert);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    createViewMenu(view);
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_previous);
    go->addAction(m_next);
    go->addSeparator();
    go->addAction(m_quickOpen);
    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runPanel->runCppAction());
    run->addAction(m_runPanel->runPythonAction());
    run->addAction(m_runPanel->runBothAction());
    run->addAction(m_runPanel->runRepeatedAction());
    run->addAction(m_runPanel->runPythonRepeatedAction());
    run->addSeparator();
    run->addAction(m_runPanel->stopAction());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_previous);
    toolBar->addAction(m_next);
    toolBar->addAction(m_quickOpen);
    updateNavigation();
}

void MainWindow::createViewMenu(QMenu *view)
{
    auto *zoomIn = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"));
    zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(zoomIn, &QAction::triggered, this, [this] { m_themes->setZoom(m_themes->zoom() + 1); });
    auto *zoomOut = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { m_themes->setZoom(m_themes->zoom() - 1); });
    auto *zoomReset = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("&Reset Zoom"));
    zoomReset->setShortcut(Qt::CTRL | Qt::Key_0);
    connect(zoomReset, &QAction::triggered, this, [this] { m_themes->setZoom(0); });

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
}

void MainWindow::applyTheme(const KSyntaxHighlighting::Theme &theme)
{
    QApplication::setPalette(ThemeController::paletteFor(theme));
    m_pythonPane->applyTheme(theme);
    m_cppPane->applyTheme(theme);
    m_prose->applyTheme(theme);
    if (m_themeGroup) {
        const auto actions = m_themeGroup->actions();
        for (QAction *action : actions)
            action->setChecked(action->data().toString() == m_themes->chosenThemeName());
    }
}

void MainWindow::applyZoom(int steps)
{
    m_pythonPane->setZoom(steps);
    m_cppPane->setZoom(steps);
    m_prose->setZoom(steps);
}

void MainWindow::openQuickOpen()
{
    QuickOpenDialog dialog(m_model->lessons(), this);
    if (dialog.exec() == QDialog::Accepted)
        showAddress(dialog.selectedAddress());
}

void MainWindow::createProblemsDock(const Diagnostics &errors)
{
    auto *list = new QListWidget(this);
    list->setAccessibleName(tr("Problems loading lessons"));
    for (const Diagnostic &error : errors)
        list->addItem(error.toString());
    auto *dock = new QDockWidget(tr("Problems (%1)").arg(errors.size()), this);
    dock->setObjectName(QStringLiteral("problemsDock"));
    dock->setWidget(list);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
}

bool MainWindow::showAddress(const QString &address)
{
    QModelIndex index = m_model->indexOfSection(address);
    if (!index.isValid()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data(LessonTreeModel::AddressRole).toString() == address)
                index = m_model->index(row, 0);
        }
    }
    if (!index.isValid())
        return false;
    m_sidebar->setCurrentIndex(index);
    return true;
}

void MainWindow::showIndex(const QModelIndex &index)
{
    const Lesson *lesson = m_model->lessonAt(index);
    if (!lesson)
        return;
    const Section *section = m_model->sectionAt(index);
    m_currentAddress = index.data(LessonTreeModel::AddressRole).toString();
    m_currentLesson = lesson;
    m_currentSection = section;
    if (!section) {
        m_prose->setMarkdownPage(QStringLiteral("# %1\n\n%2").arg(lesson->title, lesson->introduction));
        m_pythonPane->setListing({});
        m_cppPane->setListing({});
        setWindowTitle(tr("%1 — Duet").arg(lesson->title));
    } else {
        m_prose->setMarkdownPage(QStringLiteral("## %1\n\n%2").arg(section->title, section->prose));
        m_pythonPane->setListing(section->python);
        m_cppPane->setListing(section->cpp);
        m_runPanel->setSection(*lesson, *section);
        // The learner's own versions come back as they left them.
        m_editWriter.flush();
        for (const Language language : {Language::Python, Language::Cpp}) {
            const CodeListing &listing = language == Language::Python ? section->python : section->cpp;
            if (listing.isEmpty())
                continue;
            if (const auto edit = m_edits.load(lesson->id, section->id, language); edit && *edit != listing.text) {
                codePane(language)->setEditedText(*edit);
                m_runPanel->setProgramText(language, *edit, true);
            }
        }
        m_model->markSection(m_currentAddress, LessonTreeModel::SectionState::Read);
        setWindowTitle(tr("%1 — %2 — Duet").arg(section->title, lesson->title));
    }
    // Prose-only pages give the explanation the whole height.
    const bool hasCode = section && (section->hasPython() || section->hasCpp());
    m_codeArea->setVisible(hasCode);
    m_runPanel->setVisible(hasCode);
    updateNavigation();
}

void MainWindow::step(int direction)
{
    const QModelIndex current = m_sidebar->currentIndex();
    const Lesson *lesson = m_model->lessonAt(current);
    if (!lesson)
        return;
    const QModelIndex lessonIndex = current.parent().isValid() ? current.parent() : current;
    const int row = current.parent().isValid() ? current.row() : -1;
    const int target = row + direction;
    if (target >= 0 && target < lesson->sections.size())
        m_sidebar->setCurrentIndex(m_model->index(target, 0, lessonIndex));
    else if (target == -1)
        m_sidebar->setCurrentIndex(lessonIndex);
}

void MainWindow::updateNavigation()
{
    const QModelIndex current = m_sidebar->currentIndex();
    const Lesson *lesson = m_model->lessonAt(current);
    const int row = current.parent().isValid() ? current.row() : -1;
    m_previous->setEnabled(lesson && row >= 0);
    m_next->setEnabled(lesson && row + 1 < lesson->sections.size());
}

void MainWindow::restoreState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 800);
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_contentSplitter->restoreState(settings.value(QStringLiteral("contentSplitter")).toByteArray());
    m_codeSplitter->restoreState(settings.value(QStringLiteral("codeSplitter")).toByteArray());
    const QString address = settings.value(QStringLiteral("section")).toString();
    if (!showAddress(address) && m_model->rowCount() > 0)
        m_sidebar->setCurrentIndex(m_model->index(0, 0));
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("contentSplitter"), m_contentSplitter->saveState());
    settings.setValue(QStringLiteral("codeSplitter"), m_codeSplitter->saveState());
    settings.setValue(QStringLiteral("section"), m_currentAddress);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editWriter.flush();
    saveState();
    event->accept();
}

} // namespace Duet
