#include "ComparisonView.h"

#include "TimingChart.h"
#include "ui/ThemeColours.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
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

/// The sign before a line on each side: what a colour says, in a shape.
QString sign(OutputDiff::LineKind kind, bool present)
{
    if (!present)
        return QStringLiteral("  ");
    switch (kind) {
    case OutputDiff::LineKind::Same:
        return QStringLiteral("  ");
    case OutputDiff::LineKind::Varying:
        return QStringLiteral("≈ ");
    case OutputDiff::LineKind::Changed:
        return QStringLiteral("≠ ");
    case OutputDiff::LineKind::OnlyPython:
        return QStringLiteral("− ");
    case OutputDiff::LineKind::OnlyCpp:
        return QStringLiteral("+ ");
    }
    return {};
}

QString statusOf(const LanguageOutcome &language)
{
    const QString name = languageName(language.language);
    if (!language.succeeded())
        return QCoreApplication::translate("Duet::ComparisonView", "%1 — %2").arg(name, language.problem());
    return QCoreApplication::translate("Duet::ComparisonView", "%1 — exit code 0 · wall %2")
        .arg(name, language.wall().summary());
}

} // namespace

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_pythonStatus(new QLabel(this))
    , m_cppStatus(new QLabel(this))
    , m_python(outputPane(tr("Python output"), this))
    , m_cpp(outputPane(tr("C++ output"), this))
    , m_chart(new TimingChart(this))
{
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    for (QLabel *status : {m_pythonStatus, m_cppStatus}) {
        status->setForegroundRole(QPalette::PlaceholderText);
        status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // The two outputs are aligned row by row: they scroll as one.
    connect(m_python->verticalScrollBar(), &QScrollBar::valueChanged, m_cpp->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_cpp->verticalScrollBar(), &QScrollBar::valueChanged, m_python->verticalScrollBar(),
            &QScrollBar::setValue);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_verdict, 0, 0, 1, 2);
    layout->addWidget(m_summary, 1, 0, 1, 2);
    layout->addWidget(m_pythonStatus, 2, 0);
    layout->addWidget(m_cppStatus, 2, 1);
    layout->addWidget(m_python, 3, 0);
    layout->addWidget(m_cpp, 3, 1);
    layout->addWidget(m_chart, 4, 0, 1, 2);
    layout->setRowStretch(3, 1);
}

void ComparisonView::showOutcome(const RunOutcome &outcome)
{
    const OutputDiff diff = outcome.diff.value_or(OutputDiff {});
    QStringList python;
    QStringList cpp;
    m_kinds.clear();
    m_differing.clear();
    const int width = int(QString::number(qMax(1, int(diff.rows.size()))).size());
    for (qsizetype index = 0; index < diff.rows.size(); ++index) {
        const OutputDiff::Row &row = diff.rows.at(index);
        const auto line = [&](int number, const QString &text) {
            return number < 0 ? QString() : QStringLiteral("%1 %2 %3").arg(number + 1, width).arg(QChar(0x2502), text);
        };
        python.append(sign(row.kind, row.pythonLine >= 0) + line(row.pythonLine, row.python));
        cpp.append(sign(row.kind, row.cppLine >= 0) + line(row.cppLine, row.cpp));
        m_kinds.append(row.kind);
        if (!row.agrees())
            m_differing.append(int(index));
    }
    m_python->setPlainText(python.join(QLatin1Char('\n')));
    m_cpp->setPlainText(cpp.join(QLatin1Char('\n')));
    markRows();

    const qsizetype varying = diff.varyingCount();
    if (m_differing.isEmpty()) {
        m_summary->setText(
            varying == 0 ? tr("The outputs match.")
                         : tr("The outputs match (%n measured line(s), marked ≈, may differ).", nullptr, int(varying)));
    } else {
        m_summary->setText(tr("The outputs differ in %n line(s), first in row %1 (≠ changed, − only in the Python, "
                              "+ only in the C++).",
                              nullptr, int(m_differing.size()))
                               .arg(m_differing.constFirst() + 1));
    }
    if (!diff.isExact())
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
                           + tr("The outputs were too different, or the lesson's patterns too slow, to align "
                                "exactly; the rest is paired line by line."));
    m_verdict->setText(outcome.verdict ? outcome.verdict->text : QString());
    m_verdict->setToolTip(outcome.verdict ? outcome.verdict->method : QString());
    m_pythonStatus->setText(statusOf(outcome.python));
    m_cppStatus->setText(statusOf(outcome.cpp));
    m_chart->setOutcome(outcome);
}

void ComparisonView::setFixedFont(const QFont &font)
{
    m_python->setFont(font);
    m_cpp->setFont(font);
}

void ComparisonView::markRows()
{
    const ThemeColours &colours = ThemeColours::active();
    const auto background = [&colours](OutputDiff::LineKind kind, bool pythonSide) {
        switch (kind) {
        case OutputDiff::LineKind::Varying:
            return colours.colour(ThemeColours::Role::DiffVarying);
        case OutputDiff::LineKind::Changed:
            return colours.colour(ThemeColours::Role::DiffChanged);
        case OutputDiff::LineKind::OnlyPython:
            return colours.colour(pythonSide ? ThemeColours::Role::DiffDeleted : ThemeColours::Role::Background);
        case OutputDiff::LineKind::OnlyCpp:
            return colours.colour(pythonSide ? ThemeColours::Role::Background : ThemeColours::Role::DiffInserted);
        case OutputDiff::LineKind::Same:
            break;
        }
        return colours.colour(ThemeColours::Role::Background);
    };
    for (QPlainTextEdit *pane : {m_python, m_cpp}) {
        QList<QTextEdit::ExtraSelection> selections;
        for (qsizetype row = 0; row < m_kinds.size(); ++row) {
            const OutputDiff::LineKind kind = m_kinds.at(row);
            if (kind == OutputDiff::LineKind::Same)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(pane->document()->findBlockByNumber(int(row)));
            selection.format.setBackground(background(kind, pane == m_python));
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(selection);
        }
        pane->setExtraSelections(selections);
    }
}

void ComparisonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        markRows();
}

QString ComparisonView::outputSummary() const
{
    return m_summary->text();
}

QString ComparisonView::verdictText() const
{
    return m_verdict->text();
}

} // namespace Duet
