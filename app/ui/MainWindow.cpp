#include "MainWindow.h"

#include "CodePane.h"
#include "LessonTreeModel.h"
#include "run/RunPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>

namespace Duet
{

MainWindow::MainWindow(const LessonCollection &lessons, QWidget *parent)
    : QMainWindow(parent)
    , m_model(new LessonTreeModel(this))
    , m_sidebar(new QTreeView(this))
    , m_prose(new QTextBrowser(this))
    , m_pythonPane(new CodePane(Language::Python, this))
    , m_cppPane(new CodePane(Language::Cpp, this))
    , m_runPanel(new RunPanel(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_contentSplitter(new QSplitter(Qt::Vertical, this))
    , m_codeSplitter(new QSplitter(Qt::Horizontal, this))
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

    m_prose->setOpenExternalLinks(true);
    m_prose->setAccessibleName(tr("Explanation"));
    m_prose->document()->setDocumentMargin(16);

    m_codeSplitter->addWidget(m_pythonPane);
    m_codeSplitter->addWidget(m_cppPane);
    m_codeSplitter->setChildrenCollapsible(false);
    m_contentSplitter->addWidget(m_prose);
    m_contentSplitter->addWidget(m_codeSplitter);
    m_contentSplitter->addWidget(m_runPanel);
    m_contentSplitter->setStretchFactor(0, 3);
    m_contentSplitter->setStretchFactor(1, 4);
    m_contentSplitter->setStretchFactor(2, 2);
    m_mainSplitter->addWidget(m_sidebar);
    m_mainSplitter->addWidget(m_contentSplitter);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({300, 980});
    setCentralWidget(m_mainSplitter);

    connect(m_runPanel, &RunPanel::sectionRan, this, [this](const QString &lesson, const QString &section, Language language) {
        if (language == Language::Cpp)
            m_model->markSection(lesson + QLatin1Char('/') + section, LessonTreeModel::SectionState::DemoRun);
    });

    createActions();
    if (!lessons.errors.isEmpty())
        createProblemsDock(lessons.errors);
    restoreState();
}

MainWindow::~MainWindow() = default;

CodePane *MainWindow::codePane(Language language) const
{
    return language == Language::Python ? m_pythonPane : m_cppPane;
}

void MainWindow::createActions()
{
    m_previous = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Previous Section"), this);
    m_previous->setShortcut(Qt::ALT | Qt::Key_Left);
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    m_next = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Next Section"), this);
    m_next->setShortcut(Qt::ALT | Qt::Key_Right);
    connect(m_next, &QAction::triggered, this, [this] { step(+1); });
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
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_previous);
    go->addAction(m_next);
    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runPanel->runCppAction());
    run->addAction(m_runPanel->runPythonAction());
    run->addAction(m_runPanel->stopAction());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_previous);
    toolBar->addAction(m_next);
    updateNavigation();
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
    if (!section) {
        m_prose->setMarkdown(QStringLiteral("# %1\n\n%2").arg(lesson->title, lesson->introduction));
        m_pythonPane->setListing({});
        m_cppPane->setListing({});
        setWindowTitle(tr("%1 — Duet").arg(lesson->title));
    } else {
        m_prose->setMarkdown(QStringLiteral("## %1\n\n%2").arg(section->title, section->prose));
        m_pythonPane->setListing(section->python);
        m_cppPane->setListing(section->cpp);
        m_runPanel->setSection(*lesson, *section);
        m_model->markSection(m_currentAddress, LessonTreeModel::SectionState::Read);
        setWindowTitle(tr("%1 — %2 — Duet").arg(section->title, lesson->title));
    }
    // Prose-only pages give the explanation the whole height.
    const bool hasCode = section && (section->hasPython() || section->hasCpp());
    m_codeSplitter->setVisible(hasCode);
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
    saveState();
    event->accept();
}

} // namespace Duet
