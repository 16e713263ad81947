#pragma once

#include "EditStore.h"

#include <QObject>
#include <QTimer>

namespace Duet
{

/// Writes the learner's edits to an EditStore a moment after they pause
/// typing, not on every keystroke: an atomic save of a large program on each
/// key would make typing lag. Only the newest text of each program is
/// written. `flush()` writes what is pending at once (before an edit is read
/// back, and when the window closes); destruction flushes too. An edit that
/// cannot be written stays pending — in memory, readable through
/// `pendingEdit()` — and is tried again with the next change or flush, so it
/// is never dropped silently.
class EditWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditWriter)

public:
    /// How long typing must pause before the edits are written.
    static constexpr int delayMilliseconds = 300;

    /// The newest text of one program, not yet on disk.
    struct PendingEdit {
        QString lessonId;
        QString sectionId;
        Language language = Language::Cpp;
        QString text;
        /// False: the learner is back at the lesson's version, whose saved edit goes.
        bool edited = false;
    };

    explicit EditWriter(EditStore &store, QObject *parent = nullptr);
    ~EditWriter() override;

    void schedule(const QString &lessonId, const QString &sectionId, Language language, const QString &text,
                  bool edited);
    /// Writes every pending edit; true when nothing is left pending.
    bool flush();
    [[nodiscard]] bool hasPending() const { return !m_pending.isEmpty(); }
    [[nodiscard]] QList<PendingEdit> pending() const { return m_pending; }
    [[nodiscard]] std::optional<PendingEdit> pendingEdit(QStringView lessonId, QStringView sectionId,
                                                         Language language) const;
    /// Writes the pending edits into another store (the learner chose a
    /// folder that works); those written stop being pending. Returns the
    /// errors of those that could not be.
    QStringList saveTo(EditStore &store);
    /// Forgets the pending edits: the learner chose to lose them.
    void discardPending();

Q_SIGNALS:
    /// An edit could not be written; the previous version stays on disk and
    /// the edit stays pending. `message` names the file and the reason.
    void saveFailed(const QString &lessonId, const QString &sectionId, Duet::Language language, const QString &message);
    /// Every pending edit was written (after a failure: the problem is gone).
    void allSaved();

private:
    EditStore &m_store;
    QList<PendingEdit> m_pending;
    QTimer m_timer;
};

} // namespace Duet
