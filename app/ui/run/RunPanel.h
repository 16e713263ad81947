#pragma once

#include "core/lesson/Lesson.h"
#include "core/run/RunResult.h"

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace Duet
{

class SectionRunner;

/// The run area under the code: runs the section's C++ demo or its Python,
/// shows stdout and, in another colour, stderr as they arrive, then how the
/// program ended and what it cost ("wall 3.1 ms · user 1.0 ms · sys 0.8 ms").
/// Runs never block the window; Stop ends one at once.
class RunPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPanel)

public:
    explicit RunPanel(QWidget *parent = nullptr);
    ~RunPanel() override;

    void setSection(const Lesson &lesson, const Section &section);
    [[nodiscard]] QAction *runCppAction() const { return m_runCpp; }
    [[nodiscard]] QAction *runPythonAction() const { return m_runPython; }
    [[nodiscard]] QAction *stopAction() const { return m_stop; }
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    /// A run of a section's program finished (whatever its outcome).
    void sectionRan(const QString &lessonId, const QString &sectionId, Duet::Language language);

private:
    void run(Language language);
    void append(const QString &text, bool error);
    void showResult(const RunResult &result);
    void updateActions();

    SectionRunner *m_runner = nullptr;
    QAction *m_runCpp = nullptr;
    QAction *m_runPython = nullptr;
    QAction *m_stop = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_status = nullptr;
    Lesson m_lesson;
    Section m_section;
    Language m_runningLanguage = Language::Cpp;
    bool m_hasSection = false;
    bool m_pythonAvailable = false;
};

} // namespace Duet
