#include "EditWriter.h"

#include "EditLogging.h"

namespace Duet
{

EditWriter::EditWriter(EditStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, &EditWriter::flush);
}

EditWriter::~EditWriter()
{
    flush();
}

void EditWriter::schedule(const QString &lessonId, const QString &sectionId, Language language, const QString &text,
                          bool edited)
{
    const auto same = [&](const PendingEdit &pending) {
        return pending.language == language && pending.sectionId == sectionId && pending.lessonId == lessonId;
    };
    if (const auto found = std::ranges::find_if(m_pending, same); found != m_pending.end()) {
        found->text = text;
        found->edited = edited;
    } else {
        m_pending.append({lessonId, sectionId, language, text, edited});
    }
    m_timer.start();
}

std::optional<EditWriter::PendingEdit> EditWriter::pendingEdit(QStringView lessonId, QStringView sectionId,
                                                               Language language) const
{
    for (const PendingEdit &edit : m_pending) {
        if (edit.language == language && edit.sectionId == sectionId && edit.lessonId == lessonId)
            return edit;
    }
    return std::nullopt;
}

bool EditWriter::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return true;
    const QList<PendingEdit> pending = std::exchange(m_pending, {});
    for (const PendingEdit &edit : pending) {
        const auto written = edit.edited ? m_store.save(edit.lessonId, edit.sectionId, edit.language, edit.text)
                                         : m_store.remove(edit.lessonId, edit.sectionId, edit.language);
        if (!written) {
            qCWarning(lcEdit) << "could not save the edit of" << edit.lessonId << edit.sectionId << ":"
                              << written.error();
            // Kept, and tried again with the next change or flush.
            m_pending.append(edit);
            Q_EMIT saveFailed(edit.lessonId, edit.sectionId, edit.language, written.error());
        }
    }
    if (m_pending.isEmpty())
        Q_EMIT allSaved();
    return m_pending.isEmpty();
}

QStringList EditWriter::saveTo(EditStore &store)
{
    m_timer.stop();
    QStringList errors;
    QList<PendingEdit> left;
    for (const PendingEdit &edit : std::as_const(m_pending)) {
        if (!edit.edited)
            continue; // nothing of the learner's to keep
        if (const auto written = store.save(edit.lessonId, edit.sectionId, edit.language, edit.text); !written) {
            errors.append(written.error());
            left.append(edit);
        }
    }
    m_pending = left;
    return errors;
}

void EditWriter::discardPending()
{
    m_timer.stop();
    m_pending.clear();
}

} // namespace Duet
