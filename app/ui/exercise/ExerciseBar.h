#pragma once

#include "core/exercise/Exercise.h"

#include <QFrame>
#include <QIcon>

class QAction;
class QLabel;
class QToolButton;

namespace Duet
{

/// The one-row strip above the C++ of an exercise: what to do, or that it is
/// solved (with the sidebar's check mark, so the two read alike), and the buttons
/// that go with it: Hint with how many of the hints are shown, and — while
/// the learner tries a section that has C++ of its own — "Show the lesson's
/// C++" and "Stop trying". The buttons carry the window's actions, so the
/// menu and the strip never disagree. Its background is a band of the
/// theme: a neutral note while unsolved, the "inserted" green once solved.
class ExerciseBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseBar)

public:
    ExerciseBar(QAction *hint, QAction *showLessonCpp, QAction *stopTrying, QWidget *parent = nullptr);

    /// Shows what the exercise is now; `solvedMarker` is the sidebar's check mark.
    void showExercise(const Exercise &exercise, const QIcon &solvedMarker);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString hintCountText() const;
    [[nodiscard]] bool showsSolved() const { return m_solved; }
    /// The check mark as the strip shows it (null while unsolved): the
    /// sidebar's shape, in a colour that stands out from the strip's band.
    [[nodiscard]] QPixmap solvedMark() const;
    /// The buttons, in the order Tab visits them.
    [[nodiscard]] QList<QWidget *> buttons() const;

    /// Takes the active theme's colours.
    void applyColours();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_hintCount = nullptr;
    QToolButton *m_hintButton = nullptr;
    QToolButton *m_lessonButton = nullptr;
    QToolButton *m_stopButton = nullptr;
    QIcon m_solvedMarker;
    bool m_solved = false;
};

} // namespace Duet
