#include "QuickOpenDialog.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Duet
{

QuickOpenDialog::QuickOpenDialog(const QList<Lesson> &lessons, QWidget *parent)
    : QDialog(parent)
    , m_query(new QLineEdit(this))
    , m_results(new QListWidget(this))
{
    setWindowTitle(tr("Go to Section"));
    resize(560, 380);
    m_query->setPlaceholderText(tr("Type words from a section's title or text…"));
    m_query->setAccessibleName(tr("Search sections"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results->setAccessibleName(tr("Matching sections"));
    m_results->setUniformItemSizes(true);

    for (const Lesson &lesson : lessons) {
        for (const Section &section : lesson.sections) {
            m_entries.append({lesson.address(section), section.title, lesson.title,
                              (section.title + QLatin1Char('\n') + section.prose + QLatin1Char('\n')
                               + section.python.text + QLatin1Char('\n') + section.cpp.text)
                                  .toLower()});
        }
    }

    connect(m_query, &QLineEdit::textChanged, this, &QuickOpenDialog::filter);
    connect(m_results, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    filter({});
}

void QuickOpenDialog::setQuery(const QString &query)
{
    m_query->setText(query);
}

QString QuickOpenDialog::selectedAddress() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QStringList QuickOpenDialog::visibleAddresses() const
{
    QStringList addresses;
    for (int row = 0; row < m_results->count(); ++row)
        addresses.append(m_results->item(row)->data(Qt::UserRole).toString());
    return addresses;
}

void QuickOpenDialog::filter(const QString &query)
{
    const QStringList words = query.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<const Entry *> inTitle;
    QList<const Entry *> inText;
    for (const Entry &entry : std::as_const(m_entries)) {
        const bool all
            = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return entry.text.contains(word); });
        if (!all)
            continue;
        const QString title = entry.title.toLower();
        const bool titleMatch
            = std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return title.contains(word); });
        (titleMatch ? inTitle : inText).append(&entry);
    }
    m_results->clear();
    for (const Entry *entry : inTitle + inText) {
        auto *item = new QListWidgetItem(tr("%1  —  %2").arg(entry->title, entry->lessonTitle), m_results);
        item->setData(Qt::UserRole, entry->address);
    }
    m_results->setCurrentRow(m_results->count() > 0 ? 0 : -1);
}

bool QuickOpenDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down move through the results while typing continues.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_results->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_results->count())
                m_results->setCurrentRow(row);
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_results->currentItem()) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Duet
