#include "StartupProbe.h"

#include "ui/CodePane.h"
#include "ui/MainWindow.h"

#include <Qsci/qsciscintilla.h>

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace Duet
{

StartupProbe::StartupProbe(MainWindow &window, const LessonCollection &lessons, bool visitEverySection)
    : QObject(&window)
    , m_window(window)
    , m_lessons(lessons)
    , m_visitEverySection(visitEverySection)
{
    // Every widget's paint event passes the application; the first one
    // belongs to the pass that paints the first frame.
    QCoreApplication::instance()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QCoreApplication::instance()->removeEventFilter(this);
        // Queued: the rest of the pass paints the other widgets and flushes
        // the frame before this runs.
        QTimer::singleShot(0, this, &StartupProbe::firstFramePainted);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::firstFramePainted()
{
    std::fputs("first frame\n", stdout);
    std::fflush(stdout);
    if (m_visitEverySection)
        visitEverySection();
    QCoreApplication::quit();
}

bool StartupProbe::showSectionCompletely(MainWindow &window, const QString &address)
{
    if (!window.showAddress(address))
        return false;
    for (const Language language : {Language::Python, Language::Cpp})
        window.codePane(language)->editor()->SendScintilla(QsciScintilla::SCI_COLOURISE, 0UL, -1L);
    window.repaint();
    return true;
}

void StartupProbe::visitEverySection()
{
    int visited = 0;
    for (const Lesson &lesson : m_lessons.lessons) {
        for (const Section &section : lesson.sections) {
            if (showSectionCompletely(m_window, lesson.address(section)))
                ++visited;
        }
    }
    std::printf("visited %d sections\n", visited);
    std::fflush(stdout);
}

} // namespace Duet
