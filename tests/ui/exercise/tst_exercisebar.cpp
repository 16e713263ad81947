// The strip above an exercise's C++: what to do or that it is solved, the
// hint count, the buttons of a section the learner tries, and text that
// stays readable on its band in a light and a dark theme.

#include "ui/ThemeColours.h"
#include "ui/exercise/ExerciseBar.h"
#include "ui/highlighting/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Duet;

namespace
{

Exercise openExercise()
{
    Exercise exercise;
    exercise.kind = Exercise::Kind::Open;
    exercise.starter = Exercise::defaultStarter();
    exercise.hints = {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")};
    return exercise;
}

QIcon checkMark()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::green);
    return QIcon(pixmap);
}

} // namespace

class TestExerciseBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void openExerciseAsksForTheLearnersCpp()
    {
        QAction hint(QStringLiteral("Hint")), lesson(QStringLiteral("Lesson")), stop(QStringLiteral("Stop"));
        ExerciseBar bar(&hint, &lesson, &stop);
        bar.show();
        Exercise exercise = openExercise();
        bar.showExercise(exercise, checkMark());
        QVERIFY(bar.text().contains(QLatin1String("Your turn")));
        QVERIFY(!bar.showsSolved());
        QCOMPARE(bar.hintCountText(), QStringLiteral("0 of 3"));
        // Only a section that has C++ of its own has a lesson's C++ to show or go back to.
        const QList<QWidget *> buttons = bar.buttons();
        QVERIFY(buttons.at(0)->isVisible());
        QVERIFY(!buttons.at(1)->isVisible());
        QVERIFY(!buttons.at(2)->isVisible());

        exercise.revealedHints = 2;
        bar.showExercise(exercise, checkMark());
        QCOMPARE(bar.hintCountText(), QStringLiteral("2 of 3"));
        exercise.hints.clear();
        exercise.revealedHints = 0;
        bar.showExercise(exercise, checkMark());
        QVERIFY(!buttons.at(0)->isVisible());
        QVERIFY(bar.hintCountText().isEmpty());
    }

    void tryingShowsTheWayBack()
    {
        QAction hint(QStringLiteral("Hint")), lesson(QStringLiteral("Lesson")), stop(QStringLiteral("Stop"));
        ExerciseBar bar(&hint, &lesson, &stop);
        bar.show();
        Exercise exercise = openExercise();
        exercise.kind = Exercise::Kind::TryingItYourself;
        bar.showExercise(exercise, checkMark());
        QVERIFY(bar.text().contains(QLatin1String("the lesson's C++ is hidden")));
        QVERIFY(bar.buttons().at(1)->isVisible());
        QVERIFY(bar.buttons().at(2)->isVisible());
        QCOMPARE(static_cast<QToolButton *>(bar.buttons().at(2))->defaultAction(), &stop);
        // Once the learner asks for the lesson's C++, the strip says where it is.
        lesson.setCheckable(true);
        lesson.setChecked(true);
        bar.showExercise(exercise, checkMark());
        QVERIFY2(bar.text().contains(QLatin1String("the lesson's C++ is beside yours")), qPrintable(bar.text()));
    }

    void solvedSaysSoWithTheCheckMark()
    {
        QAction hint(QStringLiteral("Hint")), lesson(QStringLiteral("Lesson")), stop(QStringLiteral("Stop"));
        ExerciseBar bar(&hint, &lesson, &stop);
        bar.show();
        Exercise exercise = openExercise();
        exercise.solved = true;
        bar.showExercise(exercise, checkMark());
        QVERIFY(bar.showsSolved());
        QVERIFY(bar.text().contains(QLatin1String("Solved")));
        const auto labels = bar.findChildren<QLabel *>();
        const bool markShown = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && !label->pixmap().isNull();
        });
        QVERIFY2(markShown, "the check mark stands beside the words");
    }

    void readableInLightAndDarkThemes_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<bool>("solved");
        for (const char *theme : {"Breeze Light", "Breeze Dark", "Solarized Light", "Monokai"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1, unsolved").arg(QLatin1String(theme))))
                << QString::fromLatin1(theme) << false;
            QTest::newRow(qPrintable(QStringLiteral("%1, solved").arg(QLatin1String(theme))))
                << QString::fromLatin1(theme) << true;
        }
    }

    void readableInLightAndDarkThemes()
    {
        QFETCH(QString, theme);
        QFETCH(bool, solved);
        const KSyntaxHighlighting::Theme found = syntaxRepository().theme(theme);
        QVERIFY(found.isValid());
        ThemeColours::setActive(ThemeColours(found));
        QAction hint(QStringLiteral("Hint")), lesson(QStringLiteral("Lesson")), stop(QStringLiteral("Stop"));
        ExerciseBar bar(&hint, &lesson, &stop);
        Exercise exercise = openExercise();
        exercise.solved = solved;
        bar.showExercise(exercise, checkMark());
        const QPalette palette = bar.palette();
        const QColor band = palette.color(QPalette::Window);
        QVERIFY(band != ThemeColours::active().colour(ThemeColours::Role::Background));
        QVERIFY(ThemeColours::contrastRatio(palette.color(QPalette::WindowText), band) >= 4.5);
        QVERIFY(ThemeColours::contrastRatio(palette.color(QPalette::ButtonText), band) >= 4.5);
        QVERIFY(ThemeColours::contrastRatio(palette.color(QPalette::PlaceholderText), band) >= 4.5);
        QVERIFY(ThemeColours::contrastRatio(palette.color(QPalette::Disabled, QPalette::ButtonText), band) >= 2.5);
        // The check mark stands out from the band as a graphic must (3:1),
        // every opaque pixel of it.
        const QImage mark = bar.solvedMark().toImage();
        QCOMPARE(mark.isNull(), !solved);
        int opaque = 0;
        for (int y = 0; y < mark.height(); ++y) {
            for (int x = 0; x < mark.width(); ++x) {
                const QColor pixel = mark.pixelColor(x, y);
                if (pixel.alpha() < 255)
                    continue;
                ++opaque;
                QVERIFY2(ThemeColours::contrastRatio(pixel, band) >= 2.95, qPrintable(pixel.name()));
            }
        }
        QVERIFY(!solved || opaque > 0);
        ThemeColours::setActive(ThemeColours());
    }
};

QTEST_MAIN(TestExerciseBar)
#include "tst_exercisebar.moc"
