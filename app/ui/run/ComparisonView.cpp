#include "ComparisonView.h"

#include "TimingChart.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace Duet
{

namespace
{

QPlainTextEdit *outputPane(const QString &name, QWidget *parent)
{
    auto *pane = new QPlainTextEdit(parent);
    pane->setReadOnly(true);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setAccessibleName(name);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    return pane;
}

void markLines(QPlainTextEdit *pane, const QList<int> &lines, const QColor &colour)
{
    QList<QTextEdit::ExtraSelection> selections = pane->extraSelections();
    for (const int line : lines) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(pane->document()->findBlockByNumber(line));
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    pane->setExtraSelections(selections);
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel(this))
    , m_python(outputPane(tr("Python output"), this))
    , m_cpp(outputPane(tr("C++ output"), this))
    , m_chart(new TimingChart(this))
{
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_verdict, 0, 0, 1, 3);
    layout->addWidget(new QLabel(tr("Python"), this), 1, 0);
    layout->addWidget(new QLabel(tr("C++"), this), 1, 1);
    layout->addWidget(m_python, 2, 0);
    layout->addWidget(m_cpp, 2, 1);
    layout->addWidget(m_chart, 1, 2, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(2, 2);
}

void ComparisonView::showComparison(const OutputComparison &comparison, double pythonMilliseconds,
                                    double cppMilliseconds)
{
    QStringList python;
    QStringList cpp;
    QList<int> varying;
    m_differing.clear();
    for (qsizetype index = 0; index < comparison.lines.size(); ++index) {
        const OutputComparison::Line &line = comparison.lines.at(index);
        python.append(line.presentInPython ? line.python : QString());
        cpp.append(line.presentInCpp ? line.cpp : QString());
        if (!line.agrees)
            m_differing.append(int(index));
        else if (line.varying)
            varying.append(int(index));
    }
    m_python->setPlainText(python.join(QLatin1Char('\n')));
    m_cpp->setPlainText(cpp.join(QLatin1Char('\n')));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor differs = dark ? QColor(0x6e, 0x1f, 0x26) : QColor(0xff, 0xd7, 0xd5);
    const QColor mayVary = dark ? QColor(0x5c, 0x48, 0x12) : QColor(0xff, 0xf1, 0xc2);
    for (QPlainTextEdit *pane : {m_python, m_cpp}) {
        pane->setExtraSelections({});
        markLines(pane, m_differing, differs);
        markLines(pane, varying, mayVary);
    }
    if (m_differing.isEmpty()) {
        m_verdict->setText(varying.isEmpty() ? tr("The outputs match.")
                                             : tr("The outputs match (%n measured line(s) may differ).", nullptr,
                                                  int(varying.size())));
    } else {
        m_verdict->setText(tr("The outputs differ: %n line(s), first on line %1.", nullptr, int(m_differing.size()))
                               .arg(m_differing.constFirst() + 1));
    }
    m_chart->setTimes(pythonMilliseconds, cppMilliseconds);
}

QString ComparisonView::verdict() const
{
    return m_verdict->text();
}

QString ComparisonView::ratioText() const
{
    return m_chart->ratioText();
}

} // namespace Duet
