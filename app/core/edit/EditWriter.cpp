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
    const auto same = [&](const Pending &pending) {
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

void EditWriter::flush()
{
    m_timer.stop();
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &edit : pending) {
        const bool written = edit.edited ? m_store.save(edit.lessonId, edit.sectionId, edit.language, edit.text)
                                         : m_store.remove(edit.lessonId, edit.sectionId, edit.language);
        if (!written) {
            qCWarning(lcEdit) << "could not save the edit of" << edit.lessonId << edit.sectionId << "in"
                             << m_store.directory();
            // Kept, and tried again with the next change or flush.
            m_pending.append(edit);
            Q_EMIT saveFailed(edit.lessonId, edit.sectionId, edit.language);
        }
    }
}

} // namespace Duet
