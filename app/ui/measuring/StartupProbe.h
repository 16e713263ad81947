#pragma once

#include "core/lesson/Lesson.h"

#include <QObject>

namespace Duet
{

class MainWindow;

/// Serves the start-up benchmark (`--quit-after-first-frame`): prints
/// "first frame" on stdout as soon as the window's first frame has been
/// painted, optionally steps through every section with both panes styled to
/// the end, as a learner reading the whole course would, and quits. A line on
/// stdout lets the benchmark time start-up from outside, without the cost of
/// tearing the process down.
class StartupProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    StartupProbe(MainWindow &window, const LessonCollection &lessons, bool visitEverySection);

    /// Shows a section as a learner reading all of it sees it: prose
    /// rendered, both panes styled to their last line, the window repainted.
    /// The section-switch benchmark measures exactly this.
    static bool showSectionCompletely(MainWindow &window, const QString &address);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void firstFramePainted();
    void visitEverySection();

    MainWindow &m_window;
    const LessonCollection &m_lessons;
    bool m_visitEverySection = false;
    bool m_painted = false;
};

} // namespace Duet
