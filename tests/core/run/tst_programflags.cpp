// The flags are defined once (cmake/DuetProgramFlags.cmake), and every place
// that builds or documents a lesson program agrees: the prebuilt demos, the
// programs Duet compiles itself, and lessons/README.md. A demo timed against
// its edited copy is only fair when both are built alike.

#include "core/run/ProgramCompiler.h"

#include <QFile>
#include <QTest>

using namespace Duet;

namespace
{

/// A demo target's compile options, as CMake gives them to the compiler.
QStringList demoOptions()
{
    return QString::fromUtf8(DUET_DEMO_COMPILE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

class TestProgramFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demosAreBuiltAsDuetCompiles()
    {
        QStringList compiled = ProgramCompiler::compileFlags();
        compiled.removeAll(QStringLiteral("-fdiagnostics-color=never"));
        QStringList demo = demoOptions();
        // Demos must also be free of warnings; a learner's edit may have some.
        QVERIFY(demo.removeAll(QStringLiteral("-Werror")) == 1);
        QCOMPARE(compiled, demo);
    }

    void debuggingBuildsDifferOnlyInOptimisation()
    {
        QStringList debugging = ProgramCompiler::compileFlags(true);
        QVERIFY(debugging.contains(QStringLiteral("-O0")) && debugging.contains(QStringLiteral("-g")));
        debugging.removeAll(QStringLiteral("-O0"));
        debugging.removeAll(QStringLiteral("-g"));
        QStringList timed = ProgramCompiler::compileFlags();
        timed.removeAll(QStringLiteral("-O2"));
        QCOMPARE(debugging, timed);
    }

    void theLessonFormatStatesThem()
    {
        QFile readme(QStringLiteral(DUET_SOURCE_DIR "/lessons/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QStringList flags = demoOptions();
        flags.removeAll(QStringLiteral("-Werror"));
        const QString stated = QLatin1Char('`') + flags.join(QLatin1Char(' ')) + QLatin1Char('`');
        const QString text = QString::fromUtf8(readme.readAll()).simplified();
        QVERIFY2(text.contains(stated), qPrintable(QStringLiteral("lessons/README.md does not state %1").arg(stated)));
    }
};

QTEST_GUILESS_MAIN(TestProgramFlags)
#include "tst_programflags.moc"
