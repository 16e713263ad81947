#pragma once

#include <QWidget>

namespace Duet
{

class CodePane;
class ExerciseBar;
class HintView;

/// The C++ side of the code area: the C++ pane, and for an exercise the
/// ExerciseBar and the revealed hints above it, so what the learner is
/// asked and the help they asked for stand over the program they write.
class ExerciseColumn final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExerciseColumn)

public:
    ExerciseColumn(ExerciseBar *bar, HintView *hints, CodePane *attempt, QWidget *parent = nullptr);
};

} // namespace Duet
