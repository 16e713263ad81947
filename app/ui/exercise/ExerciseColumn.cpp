#include "ExerciseColumn.h"

#include "ExerciseBar.h"
#include "HintView.h"
#include "ui/CodePane.h"

#include <QVBoxLayout>

namespace Duet
{

ExerciseColumn::ExerciseColumn(ExerciseBar *bar, HintView *hints, CodePane *attempt, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cppColumn"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(hints);
    layout->addWidget(attempt, 1);
}

} // namespace Duet
