#include "Translations.h"

#include "TranslationsLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

namespace Duet
{

namespace
{

/// Duet's source language: its catalogue holds only the English plural forms.
constexpr QLatin1StringView sourceLanguage("en");

/// The catalogue folder relative to the executable's, the same in the build
/// tree and in an installation (CMake passes it in).
constexpr QLatin1StringView relativeCatalogueDirectory(DUET_TRANSLATIONS_RELATIVE_DIRECTORY);

QString cataloguePath(const QString &directory, const QString &language)
{
    return directory + QLatin1String("/duet_") + language + QLatin1String(".qm");
}

} // namespace

Translations::Translations(const QLocale &locale, const QStringList &directories, const QString &qtDirectory)
{
    // The English catalogue goes first, so that it sits below the locale's
    // own: a language without a catalogue of its own still gets "1 line"
    // rather than "1 line(s)".
    installDuetCatalogue({QString(sourceLanguage)}, directories);
    installDuetCatalogue(languageNames(locale.uiLanguages()), directories);
    installQtCatalogue(QStringLiteral("qtbase"), locale, qtDirectory);
    installQtCatalogue(QStringLiteral("qscintilla"), locale, qtDirectory);
}

// Out of line, where QTranslator is complete. Each translator removes itself
// from the application as it goes.
Translations::~Translations() = default;

QStringList Translations::catalogueDirectories()
{
    const QString subfolder = QStringLiteral("/duet/translations");
    const QStringList dataFolders = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    QStringList directories;
    // standardLocations() lists the user's own data folder first.
    if (!dataFolders.isEmpty())
        directories.append(QDir::cleanPath(dataFolders.first() + subfolder));
    directories.append(
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') + relativeCatalogueDirectory));
    for (qsizetype index = 1; index < dataFolders.size(); ++index)
        directories.append(QDir::cleanPath(dataFolders.at(index) + subfolder));
    directories.removeDuplicates();
    return directories;
}

QString Translations::qtCatalogueDirectory()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

QStringList Translations::languageNames(const QStringList &uiLanguages)
{
    QStringList names;
    for (const QString &language : uiLanguages) {
        QString name = language;
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        // "zh_Hant_TW", then "zh_Hant", then "zh".
        while (!name.isEmpty()) {
            names.append(name);
            const qsizetype separator = name.lastIndexOf(QLatin1Char('_'));
            name.truncate(separator < 0 ? 0 : separator);
        }
    }
    names.removeDuplicates();
    return names;
}

QStringList Translations::installedFiles() const
{
    QStringList files;
    files.reserve(qsizetype(m_translators.size()));
    for (const auto &translator : m_translators)
        files.append(translator->filePath());
    return files;
}

bool Translations::installFile(const QString &fileName)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(fileName)) {
        qCWarning(lcTranslations).noquote()
            << QStringLiteral("%1 is not a message catalogue Qt can read; it is skipped").arg(fileName);
        return false;
    }
    if (!QCoreApplication::installTranslator(translator.get())) {
        qCWarning(lcTranslations).noquote()
            << QStringLiteral("%1 cannot be installed: there is no application object yet").arg(fileName);
        return false;
    }
    qCDebug(lcTranslations).noquote() << QStringLiteral("installed %1").arg(translator->filePath());
    m_translators.push_back(std::move(translator));
    return true;
}

bool Translations::installDuetCatalogue(const QStringList &languages, const QStringList &directories)
{
    const QStringList installed = installedFiles();
    for (const QString &language : languages) {
        // Qt names catalogues "pt_BR"; some projects write "pt_br".
        QStringList spellings {language};
        if (language.toLower() != language)
            spellings.append(language.toLower());
        for (const QString &directory : directories) {
            for (const QString &spelling : std::as_const(spellings)) {
                const QFileInfo file(cataloguePath(directory, spelling));
                if (!file.isFile())
                    continue;
                // An English locale finds the English catalogue, already in.
                if (installed.contains(file.absoluteFilePath()))
                    return true;
                if (installFile(file.absoluteFilePath()))
                    return true;
            }
        }
    }
    qCDebug(lcTranslations).noquote() << QStringLiteral("no catalogue for %1 in %2")
                                             .arg(languages.join(QLatin1String(", ")),
                                                  directories.join(QLatin1String(", ")));
    return false;
}

void Translations::installQtCatalogue(const QString &name, const QLocale &locale, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    // Most languages have none, and most systems lack Qt's translations
    // package: neither is worth a word.
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return;
    if (QCoreApplication::installTranslator(translator.get())) {
        qCDebug(lcTranslations).noquote() << QStringLiteral("installed %1").arg(translator->filePath());
        m_translators.push_back(std::move(translator));
    }
}

} // namespace Duet
