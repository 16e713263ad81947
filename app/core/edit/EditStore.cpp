#include "EditStore.h"

#include "EditLogging.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <filesystem>
#include <system_error>

namespace Duet
{

EditStore::EditStore(QString directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/edits")
                      : std::move(directory))
{ }

QString EditStore::pathFor(QStringView lessonId, QStringView sectionId, Language language) const
{
    return QStringLiteral("%1/%2/%3%4")
        .arg(m_directory, lessonId, sectionId,
             language == Language::Python ? QLatin1String(".py") : QLatin1String(".cpp"));
}

std::optional<QString> EditStore::load(QStringView lessonId, QStringView sectionId, Language language) const
{
    QFile file(pathFor(lessonId, sectionId, language));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

std::expected<void, QString> EditStore::save(QStringView lessonId, QStringView sectionId, Language language,
                                             const QString &text) const
{
    const QString path = pathFor(lessonId, sectionId, language);
    const QString folder = QFileInfo(path).absolutePath();
    // QDir::mkpath says only "no"; the reason is what the learner needs.
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(folder.toStdU16String()), error);
    if (error) {
        const QString message
            = QStringLiteral("cannot create the folder %1: %2").arg(folder, QString::fromLocal8Bit(error.message()));
        qCWarning(lcEdit) << message;
        return std::unexpected(message);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        const QString message = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        qCWarning(lcEdit) << message;
        return std::unexpected(message);
    }
    return {};
}

std::expected<void, QString> EditStore::remove(QStringView lessonId, QStringView sectionId, Language language) const
{
    const QString path = pathFor(lessonId, sectionId, language);
    QFile file(path);
    if (!file.exists() || file.remove())
        return {};
    return std::unexpected(QStringLiteral("cannot remove %1: %2").arg(path, file.errorString()));
}

} // namespace Duet
