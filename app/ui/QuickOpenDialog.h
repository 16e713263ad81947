#pragma once

#include "core/lesson/Lesson.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Duet
{

/// Ctrl+K: find any section of any lesson by typing words from its title or
/// its text. Title matches come first, and a match in the text says where
/// it was found (the explanation, the Python, the C++); the lesson is named
/// only when there is more than one. Enter opens the selected one.
class QuickOpenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickOpenDialog)

public:
    explicit QuickOpenDialog(const QList<Lesson> &lessons, QWidget *parent = nullptr);

    /// LESSON/SECTION of the chosen entry, after the dialog was accepted.
    [[nodiscard]] QString selectedAddress() const;
    void setQuery(const QString &query);
    [[nodiscard]] QStringList visibleAddresses() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry {
        QString address;
        QString title;
        QString lessonTitle;
        // Lowercased, for matching.
        QString titleText;
        QString prose;
        QString python;
        QString cpp;
    };

    void filter(const QString &query);

    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
    QList<Entry> m_entries;
    bool m_severalLessons = false;
};

} // namespace Duet
