#include "MainWindow.h"

#include "CodePane.h"
#include "FindBar.h"
#include "FocusCycler.h"
#include "LessonTreeModel.h"
#include "MessageBar.h"
#include "ProseView.h"
#include "ThemeController.h"
#include "core/lesson/LessonLibrary.h"
#include "exercise/ExerciseBar.h"
#include "exercise/ExerciseController.h"
#include "exercise/HintView.h"
#include "run/RunPanel.h"
#include "stepping/SteppingController.h"
#include "stepping/TimelineBar.h"

#include "core/settings/Settings.h"
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QListWidget>
#include <QPixmapCache>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <Qsci/qsciscintilla.h>

namespace Duet
{

namespace
{

/// The smallest window in which every area still works; set explicitly so
/// that the layout never changes the window's size limits after it is shown.
constexpr QSize minimumWindowSize {720, 500};

int slot(Language language)
{
    return language == Language::Python ? 0 : 1;
}

/// A lesson's first page: its introduction, its sections as links with
/// what the learner has done in each, and where to go next.
QString introductionPage(const Lesson &lesson, const LessonTreeModel &model)
{
    QString page = QStringLiteral("# %1\n\n").arg(lesson.title);
    if (!lesson.description.isEmpty())
        page += QStringLiteral("*%1*\n\n").arg(lesson.description);
    page += lesson.introduction.trimmed() + QStringLiteral("\n\n");
    if (lesson.sections.isEmpty())
        return page;
    page += MainWindow::tr("## In this lesson\n\n");
    const Section *next = nullptr;
    for (qsizetype index = 0; index < lesson.sections.size(); ++index) {
        const Section &section = lesson.sections.at(index);
        const auto state = model.sectionState(lesson.address(section));
        const QString done = model.isSolved(lesson.address(section)) ? MainWindow::tr(" — solved")
            : state == LessonTreeModel::SectionState::DemoRun        ? MainWindow::tr(" — read, demo run")
            : state == LessonTreeModel::SectionState::Read           ? MainWindow::tr(" — read")
                                                                     : QString();
        if (!next && state == LessonTreeModel::SectionState::NotVisited)
            next = &section;
        page
            += QStringLiteral("%1. [%2](duet:%3)%4\n").arg(index + 1).arg(section.title, lesson.address(section), done);
    }
    const bool started = next != &lesson.sections.constFirst();
    if (!next)
        next = &lesson.sections.constFirst();
    page += QStringLiteral("\n**%1 [%2](duet:%3)** — %4\n")
                .arg(started ? MainWindow::tr("Continue with") : MainWindow::tr("Start with"), next->title,
                     lesson.address(*next),
                     MainWindow::tr("or press Alt+Right for the next section, Ctrl+K to find any section."));
    return page;
}

/// Where the C++ pane's scroll and cursor are remembered: the learner's
/// attempt at an exercise apart from the lesson's program it hides.
QString cppViewStateKey(const QString &address, bool attempt)
{
    return attempt ? address + QLatin1String("#attempt") : address;
}

} // namespace

MainWindow::MainWindow(const LessonCollection &lessons, QWidget *parent, const QString &editDirectory)
    : QMainWindow(parent)
    , m_model(new LessonTreeModel(this))
    , m_themes(new ThemeController(this))
    , m_focus(new FocusCycler(this))
    , m_sidebar(new QTreeView(this))
    , m_prose(new ProseView(this))
    , m_pythonPane(new CodePane(Language::Python, this))
    , m_cppPane(new CodePane(Language::Cpp, this))
    , m_findBar(new FindBar(this))
    , m_runPanel(new RunPanel(this))
    , m_editProblem(new MessageBar(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_contentSplitter(new QSplitter(Qt::Vertical, this))
    , m_codeSplitter(new QSplitter(Qt::Horizontal, this))
    , m_codeArea(new QWidget(this))
    , m_edits(editDirectory)
{
    setWindowTitle(tr("Duet"));
    setMinimumSize(minimumWindowSize);
    setAcceptDrops(true);
    m_model->setLessons(lessons.lessons);

    m_sidebar->setModel(m_model);
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setUniformRowHeights(true);
    m_sidebar->setTextElideMode(Qt::ElideRight);
    m_sidebar->setAccessibleName(tr("Lessons and sections"));
    m_sidebar->expandAll();
    connect(m_sidebar->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showIndex(current); });
    connect(m_prose, &ProseView::sectionLinkActivated, this, [this](const QString &address) { showAddress(address); });

    // Each pane's active regions light up in the other pane.
    connect(m_pythonPane, &CodePane::regionsActivated, m_cppPane, &CodePane::highlightRegions);
    connect(m_cppPane, &CodePane::regionsActivated, m_pythonPane, &CodePane::highlightRegions);
    for (CodePane *pane : {m_pythonPane, m_cppPane}) {
        connect(pane, &CodePane::copied, this, [this, pane] {
            statusBar()->showMessage(tr("Copied the %1 program to the clipboard.").arg(pane->languageName()), 4000);
        });
    }

    m_stepping = new SteppingController(m_pythonPane, m_cppPane, m_themes, this);
    m_stepping->setStandardInputSource([this] { return m_runPanel->standardInput(); });
    // Sections without C++, and those the learner tries, become exercises;
    // the C++ pane moves into the exercise's column.
    m_exercises
        = new ExerciseController(m_pythonPane, m_cppPane, m_runPanel, m_model, this,
                                 editDirectory.isEmpty() ? QString() : editDirectory + QLatin1String("-exercises"));
    m_model->setExerciseStore(&m_exercises->store());
    connect(m_exercises, &ExerciseController::reshowRequested, this, [this] { showIndex(m_sidebar->currentIndex()); });
    connect(m_exercises, &ExerciseController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(&m_exercises->attemptWriter(), &EditWriter::saveFailed, this, &MainWindow::showSaveFailure);

    createLayout();

    // Find searches where the learner last was.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now == m_prose)
            m_findBar->setTarget(m_prose, tr("the explanation"));
        else if (now == m_pythonPane->editor() || now == m_cppPane->editor())
            m_findBar->setTarget(now, now == m_pythonPane->editor() ? tr("Python") : tr("C++"));
        else if (now == m_exercises->lessonPane()->editor())
            m_findBar->setTarget(now, tr("the lesson's C++"));
        updateEditActions();
    });
    m_findBar->setTarget(m_prose, tr("the explanation"));

    connect(m_runPanel, &RunPanel::sectionRan, this,
            [this](const QString &lesson, const QString &section, Language language) {
                if (language == Language::Cpp)
                    m_model->markSection(lesson + QLatin1Char('/') + section, LessonTreeModel::SectionState::DemoRun);
            });
    connectEditing(m_pythonPane, Language::Python);
    connectEditing(m_cppPane, Language::Cpp);
    connect(&m_editWriter, &EditWriter::saveFailed, this, &MainWindow::showSaveFailure);
    for (EditWriter *writer : {&m_editWriter, &m_exercises->attemptWriter()}) {
        connect(writer, &EditWriter::allSaved, this, [this] {
            if (!m_editProblem->isVisible() || m_editWriter.hasPending() || m_exercises->attemptWriter().hasPending())
                return;
            m_editProblem->hide();
            statusBar()->showMessage(tr("Your edits are saved again."), 6000);
        });
    }
    connect(m_runPanel, &RunPanel::diagnosticsChanged, this, [this](Language language, const Diagnostics &diagnostics) {
        codePane(language)->setDiagnostics(diagnostics);
    });
    connect(m_runPanel, &RunPanel::locationActivated, this,
            [this](Language language, int line, int column) { codePane(language)->jumpTo(line, column); });
    connect(m_themes, &ThemeController::themeChanged, this, &MainWindow::applyTheme);
    connect(m_themes, &ThemeController::zoomChanged, this, &MainWindow::applyZoom);

    createActions();
    showProblems(lessons.errors);
    applyTheme(m_themes->theme());
    applyZoom(m_themes->zoom());
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createLayout()
{
    // Each pane in its column, with the step details under it while stepping;
    // the C++ pane inside the exercise's column, the lesson's C++ last.
    m_codeSplitter->addWidget(m_stepping->column(Language::Python));
    m_codeSplitter->addWidget(m_stepping->column(Language::Cpp));
    m_exercises->placeIn(m_codeSplitter, m_stepping->column(Language::Cpp));
    m_codeSplitter->setChildrenCollapsible(false);
    auto *codeLayout = new QVBoxLayout(m_codeArea);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(0);
    codeLayout->addWidget(m_codeSplitter, 1);
    codeLayout->addWidget(m_stepping->timelineBar());
    codeLayout->addWidget(m_findBar);

    // The code gets most of the height; the run area waits for a first run.
    m_contentSplitter->addWidget(m_prose);
    m_contentSplitter->addWidget(m_codeArea);
    m_contentSplitter->addWidget(m_runPanel);
    m_contentSplitter->setStretchFactor(0, 3);
    m_contentSplitter->setStretchFactor(1, 5);
    m_contentSplitter->setStretchFactor(2, 2);
    m_contentSplitter->setChildrenCollapsible(false);
    // A long run status must not widen the window's content and squeeze the
    // sidebar on a small screen; the run area takes the width it is given.
    m_runPanel->setSizePolicy(QSizePolicy::Ignored, m_runPanel->sizePolicy().verticalPolicy());
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_editProblem);
    contentLayout->addWidget(m_contentSplitter, 1);

    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(content);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setCollapsible(1, false);
    setCentralWidget(m_mainSplitter);

    // Tab follows the reading order; F6 and Ctrl+Tab jump between areas.
    setTabOrder(m_sidebar, m_prose);
    setTabOrder(m_prose, m_pythonPane->editor());
    setTabOrder(m_pythonPane->editor(), m_cppPane->editor());
    // Try It Yourself and an exercise's buttons come after the C++ they are
    // about, then the lesson's C++ beside it.
    QWidget *previous = m_cppPane->editor();
    QList<QWidget *> exerciseButtons = m_exercises->bar()->buttons();
    exerciseButtons.prepend(m_exercises->tryButton());
    for (QWidget *button : exerciseButtons) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_exercises->lessonPane()->editor());
    setTabOrder(m_exercises->lessonPane()->editor(), m_runPanel);
    // An exercise's hints and the lesson's C++ beside it are areas too, while shown.
    m_focus->setAreas({m_sidebar, m_prose, m_pythonPane->editor(), m_exercises->hintView()->view(), m_cppPane->editor(),
                       m_exercises->lessonPane()->editor(), m_stepping->timelineBar(), m_findBar, m_runPanel});
}

CodePane *MainWindow::codePane(Language language) const
{
    return language == Language::Python ? m_pythonPane : m_cppPane;
}

void MainWindow::connectEditing(CodePane *pane, Language language)
{
    connect(pane, &CodePane::programEdited, this, [this, language](const QString &text, bool edited) {
        if (!m_currentLesson || !m_currentSection)
            return;
        if (language == Language::Cpp && m_exercises->isActive()) {
            // The learner's attempt: its own files, and always their own program to run.
            m_exercises->attemptEdited(text, edited);
            m_runPanel->setProgramText(language, text, true);
            return;
        }
        // Written atomically a moment after typing pauses, and at once when
        // the section changes or the window closes.
        m_editWriter.schedule(m_currentLesson->id, m_currentSection->id, language, text, edited);
        m_runPanel->setProgramText(language, text, edited);
    });
    connect(pane->editor(), &QsciScintilla::selectionChanged, this, &MainWindow::updateEditActions);
}

void MainWindow::setLessons(const LessonCollection &lessons)
{
    // The pointers into the old lessons go before the lessons do.
    m_currentLesson = nullptr;
    m_currentSection = nullptr;
    m_model->setLessons(lessons.lessons);
    m_sidebar->expandAll();
    showProblems(lessons.errors);
}

void MainWindow::showProblems(const Diagnostics &errors)
{
    if (errors.isEmpty()) {
        if (m_problemsDock)
            m_problemsDock->hide();
        return;
    }
    if (!m_problemsDock) {
        m_problems = new QListWidget(this);
        m_problems->setAccessibleName(tr("Problems loading lessons"));
        m_problemsDock = new QDockWidget(this);
        m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
        m_problemsDock->setWidget(m_problems);
        addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    }
    m_problems->clear();
    for (const Diagnostic &error : errors)
        m_problems->addItem(error.toString());
    m_problemsDock->setWindowTitle(tr("Problems (%1)").arg(errors.size()));
    m_problemsDock->show();
}

void MainWindow::fitSidebar(int windowWidth)
{
    // Wide enough for the titles, within reason; a longer title is elided
    // and its tooltip has it whole.
    const int titles = static_cast<const QAbstractItemView *>(m_sidebar)->sizeHintForColumn(0)
        + m_sidebar->frameWidth() * 2 + m_sidebar->verticalScrollBar()->sizeHint().width() + 8;
    const int width = qBound(160, titles, qMin(340, windowWidth / 4));
    m_mainSplitter->setSizes({width, qMax(400, windowWidth - width)});
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
    if (index == m_sidebar->currentIndex())
        showIndex(index);
    else
        m_sidebar->setCurrentIndex(index);
    return true;
}

void MainWindow::rememberViewState()
{
    if (!m_currentSection || m_currentAddress.isEmpty())
        return;
    m_viewStates[m_currentAddress].at(slot(Language::Python)) = m_pythonPane->viewState();
    m_viewStates[cppViewStateKey(m_currentAddress, m_exercises->isActive())].at(slot(Language::Cpp))
        = m_cppPane->viewState();
}

void MainWindow::showIndex(const QModelIndex &index)
{
    const Lesson *lesson = m_model->lessonAt(index);
    if (!lesson)
        return;
    const Section *section = m_model->sectionAt(index);
    rememberViewState();
    // Edits reach the disk (or stay pending) before any is read back.
    m_editWriter.flush();
    m_exercises->flush();
    const bool wasRunning = m_runPanel->isRunning();
    const QString leaving = m_currentSection ? m_currentSection->title : QString();
    // Stepping ends before the panes show another program.
    m_stepping->setSection(section ? *section : Section {});
    m_currentAddress = index.data(LessonTreeModel::AddressRole).toString();
    m_currentLesson = lesson;
    m_currentSection = section;
    if (section)
        showSection(*lesson, *section);
    else
        showLessonPage(*lesson);
    if (wasRunning) {
        statusBar()->showMessage(leaving.isEmpty()
                                     ? tr("The run was stopped because you moved on.")
                                     : tr("The run of “%1” was stopped because you moved on.").arg(leaving),
                                 10000);
    }
    updateAreas();
    updateNavigation();
    updateEditActions();
}

void MainWindow::showLessonPage(const Lesson &lesson)
{
    m_prose->setMarkdownPage(introductionPage(lesson, *m_model));
    m_pythonPane->setListing({});
    m_cppPane->setListing({});
    // A page without programs: nothing to run (a run still going stops).
    m_runPanel->setSection(lesson, Section {});
    m_exercises->clear();
    m_hasCode = false;
    setWindowTitle(tr("%1 — Duet").arg(lesson.title));
}

void MainWindow::showSection(const Lesson &lesson, const Section &section)
{
    m_prose->setMarkdownPage(QStringLiteral("## %1\n\n%2").arg(section.title, section.prose));
    m_pythonPane->setListing(section.python);
    m_cppPane->setListing(section.cpp);
    m_runPanel->setSection(lesson, section);
    // The learner's own versions come back as they left them: one that could
    // not be saved from memory, else from the disk.
    for (const Language language : {Language::Python, Language::Cpp}) {
        const CodeListing &listing = section.listing(language);
        if (listing.isEmpty())
            continue;
        std::optional<QString> edit;
        if (const auto pending = m_editWriter.pendingEdit(lesson.id, section.id, language))
            edit = pending->edited ? std::optional(pending->text) : std::nullopt;
        else
            edit = m_edits.load(lesson.id, section.id, language);
        if (edit && *edit != listing.text) {
            codePane(language)->setEditedText(*edit);
            m_runPanel->setProgramText(language, *edit, true);
        }
    }
    // Where the section is an exercise, the C++ pane holds the learner's attempt.
    m_exercises->showSection(lesson, section);
    const auto remembered = m_viewStates.constFind(m_currentAddress);
    if (remembered != m_viewStates.cend())
        m_pythonPane->restoreViewState(remembered->at(slot(Language::Python)));
    // Never the other program's scroll: the top, where nothing is remembered.
    const auto rememberedCpp = m_viewStates.constFind(cppViewStateKey(m_currentAddress, m_exercises->isActive()));
    m_cppPane->restoreViewState(rememberedCpp != m_viewStates.cend() ? rememberedCpp->at(slot(Language::Cpp))
                                                                     : CodePane::ViewState {});
    m_hasCode = section.hasPython() || section.hasCpp();
    m_model->markSection(m_currentAddress, LessonTreeModel::SectionState::Read);
    setWindowTitle(tr("%1 — %2 — Duet").arg(section.title, lesson.title));
}

void MainWindow::updateAreas()
{
    // Prose-only pages give the explanation the whole height.
    m_codeArea->setVisible(m_hasCode);
    const bool showRun = m_hasCode && m_runAreaWanted;
    const bool appearing = showRun && m_runPanel->isHidden();
    m_runPanel->setVisible(showRun);
    if (appearing) {
        // First time in view: a quarter of the height, taken from the code.
        QList<int> sizes = m_contentSplitter->sizes();
        const int total = sizes.at(0) + sizes.at(1) + sizes.at(2);
        if (sizes.at(2) < total / 6) {
            sizes[2] = total / 4;
            sizes[1] = qMax(120, total - sizes.at(0) - sizes.at(2));
            m_contentSplitter->setSizes(sizes);
        }
    }
    m_showOutput->setEnabled(m_hasCode);
}

void MainWindow::setRunAreaWanted(bool wanted)
{
    m_runAreaWanted = wanted;
    m_showOutput->setChecked(wanted);
    updateAreas();
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

void MainWindow::applyTheme(const KSyntaxHighlighting::Theme &theme)
{
    const ThemeColours &colours = m_themes->colours();
    ThemeColours::setActive(colours);
    // Disabled icons are drawn from the palette once and cached; a new
    // palette draws them again.
    QPixmapCache::clear();
    QApplication::setPalette(colours.palette());
    m_pythonPane->applyTheme(theme, colours);
    m_cppPane->applyTheme(theme, colours);
    m_prose->applyTheme(theme, colours);
    m_model->setColours(colours);
    m_exercises->applyTheme(theme, colours);
    m_editProblem->applyColours();
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
    m_exercises->setZoom(steps);
    m_prose->setZoom(steps);
    m_sidebar->setFont(ThemeController::zoomedFont(QApplication::font(m_sidebar), steps));
    m_findBar->setFont(ThemeController::zoomedFont(QApplication::font(m_findBar), steps));
    // The run area's labels and buttons follow; a widget in it with a font of
    // its own (the output's fixed one) rescales on QEvent::FontChange with
    // ThemeController::activeZoom().
    m_runPanel->setFont(ThemeController::zoomedFont(QApplication::font(m_runPanel), steps));
}

void MainWindow::restoreState()
{
    const Settings settings;
    int windowWidth = width();
    if (!restoreGeometry(settings.value(Setting::windowGeometry))) {
        // A first start: a comfortable size, or the whole of a small screen.
        constexpr QSize comfortable(1280, 800);
        resize(comfortable);
        windowWidth = comfortable.width();
        if (const QScreen *display = screen()) {
            const QSize available = display->availableGeometry().size();
            if (available.width() < comfortable.width() + 40 || available.height() < comfortable.height() + 80) {
                setWindowState(Qt::WindowMaximized);
                windowWidth = available.width();
            }
        }
    }
    if (!m_mainSplitter->restoreState(settings.value(Setting::windowMainSplitter)))
        fitSidebar(windowWidth);
    m_contentSplitter->restoreState(settings.value(Setting::windowContentSplitter));
    m_codeSplitter->restoreState(settings.value(Setting::windowCodeSplitter));
    m_sidebar->setVisible(settings.value(Setting::windowSidebar));
    m_prose->setVisible(settings.value(Setting::windowExplanation));
    m_showSidebar->setChecked(m_sidebar->isVisibleTo(this));
    m_showProse->setChecked(m_prose->isVisibleTo(this));
    m_runAreaWanted = settings.value(Setting::windowRunArea);
    m_showOutput->setChecked(m_runAreaWanted);
    const QString address = settings.value(Setting::windowSection);
    if (!showAddress(address) && m_model->rowCount() > 0)
        m_sidebar->setCurrentIndex(m_model->index(0, 0));
    updateAreas();
}

void MainWindow::saveState() const
{
    Settings settings;
    settings.setValue(Setting::windowGeometry, saveGeometry());
    settings.setValue(Setting::windowMainSplitter, m_mainSplitter->saveState());
    settings.setValue(Setting::windowContentSplitter, m_contentSplitter->saveState());
    settings.setValue(Setting::windowCodeSplitter, m_codeSplitter->saveState());
    settings.setValue(Setting::windowSidebar, m_showSidebar->isChecked());
    settings.setValue(Setting::windowExplanation, m_showProse->isChecked());
    settings.setValue(Setting::windowRunArea, m_runAreaWanted);
    settings.setValue(Setting::windowSection, m_currentAddress);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if ((!m_editWriter.flush() && !settleUnsavedEdits()) || (!m_exercises->flush() && !settleUnsavedAttempts())) {
        event->ignore();
        return;
    }
    saveState();
    event->accept();
}

} // namespace Duet
