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

    m_severalLessons = lessons.size() > 1;
    for (const Lesson &lesson : lessons) {
        for (const Section &section : lesson.sections) {
            m_entries.append({lesson.address(section), section.title, lesson.title, section.title.toLower(),
                              section.prose.toLower(), section.python.text.toLower(), section.cpp.text.toLower()});
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
    const auto hasAll = [&](const QString &text) {
        return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return text.contains(word); });
    };
    struct Match {
        const Entry *entry;
        QString where;
    };
    QList<Match> inTitle;
    QList<Match> inText;
    for (const Entry &entry : std::as_const(m_entries)) {
        const QString everything = entry.titleText + QLatin1Char('\n') + entry.prose + QLatin1Char('\n') + entry.python
            + QLatin1Char('\n') + entry.cpp;
        if (!hasAll(everything))
            continue;
        if (words.isEmpty() || hasAll(entry.titleText)) {
            inTitle.append(Match {&entry, QString()});
            continue;
        }
        // Where the words are, so the learner sees why this section is here.
        QStringList places;
        for (const auto &[text, place] :
             {std::pair {&entry.prose, tr("the explanation")}, std::pair {&entry.python, tr("the Python")},
              std::pair {&entry.cpp, tr("the C++")}}) {
            if (std::any_of(words.cbegin(), words.cend(), [&](const QString &word) { return text->contains(word); }))
                places.append(place);
        }
        inText.append(Match {&entry, tr("in %1").arg(places.join(tr(", ")))});
    }
    m_results->clear();
    for (const Match &match : inTitle + inText) {
        QStringList parts {match.entry->title};
        if (!match.where.isEmpty())
            parts.append(match.where);
        if (m_severalLessons)
            parts.append(match.entry->lessonTitle);
        auto *item = new QListWidgetItem(parts.join(QStringLiteral("  —  ")), m_results);
        item->setData(Qt::UserRole, match.entry->address);
        item->setToolTip(tr("%1 (%2)").arg(match.entry->title, match.entry->lessonTitle));
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
