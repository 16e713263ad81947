#include "EditStore.h"

#include "EditLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

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

bool EditStore::save(QStringView lessonId, QStringView sectionId, Language language, const QString &text)
{
    const QString path = pathFor(lessonId, sectionId, language);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        qCWarning(lcEdit) << "cannot save the edit to" << path << file.errorString();
        return false;
    }
    return true;
}

bool EditStore::remove(QStringView lessonId, QStringView sectionId, Language language)
{
    const QString path = pathFor(lessonId, sectionId, language);
    return !QFile::exists(path) || QFile::remove(path);
}

} // namespace Duet
