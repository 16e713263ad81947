#include "ExerciseBar.h"

#include "ui/ActionButton.h"
#include "ui/ThemeColours.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace Duet
{

ExerciseBar::ExerciseBar(QAction *hint, QAction *showLessonCpp, QAction *stopTrying, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_hintCount(new QLabel(this))
    , m_hintButton(actionButton(hint, this))
    , m_lessonButton(actionButton(showLessonCpp, this))
    , m_stopButton(actionButton(stopTrying, this))
{
    setObjectName(QStringLiteral("exerciseBar"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Exercise"));
    m_hintCount->setAccessibleName(tr("Hints shown"));
    m_hintCount->setForegroundRole(QPalette::PlaceholderText);

    // One row, so the attempt below keeps its height in a small window: the
    // words wrap before the buttons are squeezed.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 4, 2);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_hintButton);
    layout->addWidget(m_hintCount);
    layout->addSpacing(4);
    layout->addWidget(m_lessonButton);
    layout->addWidget(m_stopButton);
    applyColours();
}

void ExerciseBar::showExercise(const Exercise &exercise, const QIcon &solvedMarker)
{
    m_solved = exercise.solved;
    const bool trying = exercise.kind == Exercise::Kind::TryingItYourself;
    if (exercise.solved)
        m_text->setText(tr("<b>Solved</b>: both print the same."));
    else if (trying && m_lessonButton->defaultAction()->isChecked())
        m_text->setText(tr("<b>Your turn</b>: the lesson's C++ is beside yours."));
    else if (trying)
        m_text->setText(tr("<b>Your turn</b>: the lesson's C++ is hidden."));
    else
        m_text->setText(tr("<b>Your turn</b>: make the C++ print what the Python prints."));
    m_text->setToolTip(exercise.solved ? tr("Run Both compared the two outputs and found them the same.")
                                       : tr("Write the C++ yourself, then Run Both (Ctrl+B): the exercise is solved "
                                            "when both programs print the same."));
    m_solvedMarker = solvedMarker;
    m_icon->setVisible(exercise.solved);

    const auto hints = exercise.hints.size();
    m_hintButton->setVisible(hints > 0);
    m_hintCount->setVisible(hints > 0);
    m_hintCount->setText(tr("%1 of %2").arg(exercise.revealedHints).arg(hints));
    m_hintCount->setToolTip(tr("%1 of the %2 hints of this exercise are shown").arg(exercise.revealedHints).arg(hints));
    m_lessonButton->setVisible(trying);
    m_stopButton->setVisible(trying);
    applyColours();
}

QList<QWidget *> ExerciseBar::buttons() const
{
    return {m_hintButton, m_lessonButton, m_stopButton};
}

QString ExerciseBar::text() const
{
    return m_text->text();
}

QString ExerciseBar::hintCountText() const
{
    return m_hintCount->isVisibleTo(this) ? m_hintCount->text() : QString();
}

void ExerciseBar::applyColours()
{
    const ThemeColours &colours = ThemeColours::active();
    using Role = ThemeColours::Role;
    const QColor band = colours.colour(m_solved ? Role::DiffInserted : Role::NoteBackground);
    // Every text on the band keeps WCAG AA (4.5:1), whatever the theme.
    const QColor text = ThemeColours::readableOn(colours.colour(Role::Text), band, 4.5);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, band);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::PlaceholderText, ThemeColours::readableOn(colours.colour(Role::DimText), band, 4.5));
    // A disabled Hint (every hint shown) is dimmer, and still findable.
    const QColor disabled = ThemeColours::readableOn(ThemeColours::mix(text, band, 0.5), band, 2.5);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    setPalette(palette);

    // The sidebar's mark is drawn for the window's background; on the band
    // it keeps its shape and takes a colour that stands out there (3:1).
    QPixmap mark;
    if (m_solved && !m_solvedMarker.isNull()) {
        const int size = m_text->fontMetrics().height();
        mark = m_solvedMarker.pixmap(size, size);
        QPainter painter(&mark);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(mark.rect(), ThemeColours::readableOn(colours.colour(Role::ProgressSolved), band, 3.0));
    }
    m_icon->setPixmap(mark);
}

QPixmap ExerciseBar::solvedMark() const
{
    return m_icon->pixmap();
}

} // namespace Duet
