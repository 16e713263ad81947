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
/// back, and when the window closes); destruction flushes too, so an edit is
/// never dropped.
class EditWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditWriter)

public:
    /// How long typing must pause before the edits are written.
    static constexpr int delayMilliseconds = 300;

    explicit EditWriter(EditStore &store, QObject *parent = nullptr);
    ~EditWriter() override;

    /// Remembers the newest text of a program; `edited` false means the
    /// learner is back at the lesson's version, whose saved edit goes.
    void schedule(const QString &lessonId, const QString &sectionId, Language language, const QString &text,
                  bool edited);
    void flush();
    [[nodiscard]] bool hasPending() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    /// An edit could not be written; the previous version stays on disk and
    /// the edit stays pending.
    void saveFailed(const QString &lessonId, const QString &sectionId, Duet::Language language);

private:
    struct Pending {
        QString lessonId;
        QString sectionId;
        Language language = Language::Cpp;
        QString text;
        bool edited = false;
    };

    EditStore &m_store;
    QList<Pending> m_pending;
    QTimer m_timer;
};

} // namespace Duet
