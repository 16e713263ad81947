// The Find bar: it names the pane it searches, counts and marks every match,
// honours Match Case and Whole Words in code and in prose, and Escape takes
// the learner back to the pane.

#include "ui/CodePane.h"
#include "ui/FindBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <Qsci/qsciscintilla.h>

using namespace Duet;

namespace
{

int markedRanges(QsciScintilla *editor)
{
    int ranges = 0;
    const long length = editor->length();
    for (long position = 0; position < length;) {
        const long end = editor->SendScintilla(QsciScintilla::SCI_INDICATOREND,
                                               static_cast<unsigned long>(CodePane::searchIndicator), position);
        if (editor->SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT,
                                  static_cast<unsigned long>(CodePane::searchIndicator), position)
            != 0)
            ++ranges;
        if (end <= position)
            break;
        position = end;
    }
    return ranges;
}

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndNamesItsPane()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *pane = new CodePane(Language::Python, &window);
        auto *bar = new FindBar(&window);
        layout->addWidget(pane);
        layout->addWidget(bar);
        window.show();
        CodeListing code;
        code.text = QStringLiteral("total = 0\nfor Total in range(3):\n    total += Total\nsubtotal = total\n");
        pane->setListing(code);
        bar->setTarget(pane->editor(), QStringLiteral("Python"));
        QVERIFY(bar->findChild<QLabel *>()->text().contains(QLatin1String("Python")));

        bar->activate();
        QTest::keyClicks(bar->findChild<QLineEdit *>(), QStringLiteral("total"));
        // Case-insensitive by default: total ×3, Total ×2, subtotal ×1.
        QCOMPARE(bar->matchCount(), 6);
        QCOMPARE(bar->currentMatch(), 1);
        QCOMPARE(bar->statusText(), QStringLiteral("1 of 6"));
        QCOMPARE(markedRanges(pane->editor()), 6);

        bar->setMatchCase(true);
        QCOMPARE(bar->matchCount(), 4);
        bar->setWholeWords(true);
        QCOMPARE(bar->matchCount(), 3);
        QVERIFY(bar->find(true));
        QVERIFY(bar->find(true));
        QCOMPARE(bar->currentMatch(), 3);
        QVERIFY(bar->find(false));
        QCOMPARE(bar->currentMatch(), 2);

        bar->setText(QStringLiteral("nothing like it"));
        QVERIFY(!bar->find(true));
        QCOMPARE(bar->matchCount(), 0);
        QCOMPARE(bar->statusText(), QStringLiteral("no matches"));
        QCOMPARE(markedRanges(pane->editor()), 0);
    }

    void escapeLeavesTheBarForThePane()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *prose = new QTextBrowser(&window);
        auto *bar = new FindBar(&window);
        layout->addWidget(prose);
        layout->addWidget(bar);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        prose->setPlainText(QStringLiteral("A Generator yields. Generators are lazy. generator!"));
        bar->setTarget(prose, QStringLiteral("the explanation"));
        bar->activate();
        QTRY_VERIFY(bar->findChild<QLineEdit *>()->hasFocus());
        QTest::keyClicks(bar->findChild<QLineEdit *>(), QStringLiteral("generator"));
        QCOMPARE(bar->matchCount(), 3);
        QCOMPARE(prose->extraSelections().size(), 3);
        bar->setWholeWords(true);
        QCOMPARE(bar->matchCount(), 2);
        bar->setMatchCase(true);
        QCOMPARE(bar->matchCount(), 1);

        QTest::keyClick(bar->findChild<QLineEdit *>(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(prose->hasFocus());
        QVERIFY(prose->extraSelections().isEmpty());
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
