// An exercise's revealed hints: each under "Hint n of m", rendered from
// Markdown like the explanation, hidden while none is revealed.

#include "ui/ProseView.h"
#include "ui/exercise/HintView.h"

#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>

using namespace Duet;

class TestHintView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void hiddenUntilAHintIsRevealed()
    {
        QWidget window;
        HintView hints(&window);
        window.show();
        QVERIFY(!hints.isVisible());
        hints.setHints({}, 3);
        QVERIFY(!hints.isVisible());
        hints.setHints({QStringLiteral("Count with `range`.")}, 3);
        QVERIFY(hints.isVisible());
    }

    void eachHintUnderItsNumberRenderedAsMarkdown()
    {
        HintView hints;
        hints.setHints({QStringLiteral("Count with `range`."), QStringLiteral("- one\n- two\n")}, 3);
        const QString text = hints.view()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Hint 1 of 3")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Hint 2 of 3")));
        QVERIFY(!text.contains(QLatin1String("Hint 3")));
        // Markdown, not its source: no backticks, the list is a list.
        QVERIFY(text.contains(QLatin1String("Count with range.")));
        QVERIFY(!text.contains(QLatin1Char('`')));
        bool listed = false;
        for (QTextBlock block = hints.view()->document()->begin(); block.isValid(); block = block.next())
            listed = listed || (block.textList() && block.text() == QLatin1String("two"));
        QVERIFY(listed);
        // The heading is bold, like the explanation's emphasis.
        const QTextBlock first = hints.view()->document()->begin();
        QCOMPARE(first.text(), QStringLiteral("Hint 1 of 3"));
        QVERIFY(first.begin().fragment().charFormat().fontWeight() >= QFont::Bold);
    }

    void heightFollowsTheHintsUpToALimit()
    {
        QWidget window;
        window.resize(500, 800);
        HintView hints(&window);
        window.show();
        hints.setHints({QStringLiteral("Short.")}, 1);
        const int one = hints.sizeHint().height();
        QStringList many;
        for (int index = 0; index < 20; ++index)
            many.append(QStringLiteral("A hint with a few words, number %1.").arg(index));
        hints.setHints(many, 20);
        const int line = hints.view()->fontMetrics().lineSpacing();
        QVERIFY(hints.sizeHint().height() > one);
        QCOMPARE(hints.sizeHint().height(), HintView::tallestLines * line);
    }
};

QTEST_MAIN(TestHintView)
#include "tst_hintview.moc"
