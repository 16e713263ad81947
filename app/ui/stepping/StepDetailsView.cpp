#include "StepDetailsView.h"

#include "LocalsModel.h"
#include "ui/ThemeController.h"
#include "ui/run/OutputView.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Duet
{

StepDetailsView::StepDetailsView(Language language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_header(new QLabel(this))
    , m_locals(new LocalsModel(this))
    , m_table(new QTableView(this))
    , m_output(new OutputView(this))
{
    const QString name = languageName(language);
    m_header->setObjectName(QStringLiteral("stepHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setContentsMargins(8, 2, 8, 2);
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_header->setAccessibleName(tr("%1 step").arg(name));

    m_table->setModel(m_locals);
    m_table->setAccessibleName(tr("%1 local variables").arg(name));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LocalsModel::NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Tab leaves the table instead of walking its cells.
    m_table->setTabKeyNavigation(false);

    m_output->setAccessibleName(tr("What the %1 had printed by this step").arg(name));
    m_output->setPlaceholderText(tr("Nothing printed yet."));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_output);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    setZoom(ThemeController::activeZoom());
}

void StepDetailsView::showStep(const Trace &trace, int step, bool waits)
{
    const QString name = languageName(m_language);
    const bool started = step >= 0 && step < trace.steps.size();
    if (!started) {
        m_header->setText(waits ? tr("%1 — waiting: its first step comes later").arg(name)
                                : tr("%1 — no step recorded").arg(name));
        m_locals->clear();
    } else {
        const TraceStep &current = trace.steps.at(step);
        const QString where = current.function.isEmpty() ? tr("line %1").arg(current.line)
                                                         : tr("in %1, line %2").arg(current.function).arg(current.line);
        m_header->setText(
            waits ? tr("%1 — waiting at step %2 (%3) while the other program runs").arg(name).arg(step + 1).arg(where)
                  : tr("%1 — step %2 of %3, %4").arg(name).arg(step + 1).arg(trace.steps.size()).arg(where));
        m_locals->showStep(current, step > 0 ? &trace.steps.at(step - 1) : nullptr);
    }
    // A long C++ function name is cut off at the pane's width; hovering shows it whole.
    m_header->setToolTip(m_header->text());
    // Dimmed, and said in words: the other language moves on meanwhile.
    m_header->setEnabled(!waits);
    m_table->setEnabled(!waits);
    m_table->show();

    const qint64 length
        = started ? qBound<qint64>(0, trace.steps.at(step).standardOutputLength, trace.run.standardOutput.size()) : 0;
    if (length != m_outputLength || m_outputTrace != &trace) {
        m_outputLength = length;
        m_outputTrace = &trace;
        m_output->clearOutput();
        m_output->setPlaceholderText(tr("Nothing printed yet."));
        if (length > 0)
            m_output->appendOutput(QString::fromUtf8(trace.run.standardOutput.left(length)), false);
    }
}

void StepDetailsView::showNotRecorded(const QString &reason, const QString &output)
{
    m_header->setText(
        tr("%1 — not recorded: %2").arg(languageName(m_language), reason.section(QLatin1Char('\n'), 0, 0)));
    m_header->setToolTip(reason);
    m_header->setEnabled(true);
    m_locals->clear();
    // No variables to show: the compiler's messages get the width.
    m_table->hide();
    m_outputLength = -1;
    m_outputTrace = nullptr;
    m_output->clearOutput();
    m_output->setPlaceholderText(tr("Nothing to show."));
    if (!output.trimmed().isEmpty())
        m_output->appendOutput(output, true);
}

void StepDetailsView::clear()
{
    m_header->clear();
    m_header->setToolTip({});
    m_locals->clear();
    m_outputLength = -1;
    m_outputTrace = nullptr;
    m_output->clearOutput();
}

void StepDetailsView::setZoom(int steps)
{
    const QFont fixed = ThemeController::zoomedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont), steps);
    m_table->setFont(fixed);
    m_output->setFont(fixed);
    m_header->setFont(ThemeController::zoomedFont(QApplication::font(m_header), steps));
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(fixed).height() + 4);
}

void StepDetailsView::restyle()
{
    m_locals->restyle();
}

QString StepDetailsView::headerText() const
{
    return m_header->text();
}

} // namespace Duet
