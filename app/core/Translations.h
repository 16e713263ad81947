#pragma once

#include <QLocale>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace Duet
{

/// The message catalogues of one run of Duet, installed for as long as the
/// object lives. Duet's own catalogues are `duet_<language>.qm` files: the
/// English one, which only gives the plural forms of `%n` messages, is always
/// installed, and the catalogue of the first of the locale's languages that has
/// one goes above it. They are searched in catalogueDirectories(), first match
/// wins, so a translator's own build in the user's data folder overrides the
/// installed one. Qt's and QScintilla's catalogues for the locale come from
/// Qt's translations folder. Construct it after the QCoreApplication, which it
/// installs the translators on; destroying it removes them again.
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)

public:
    explicit Translations(const QLocale &locale, const QStringList &directories = catalogueDirectories(),
                          const QString &qtDirectory = qtCatalogueDirectory());
    ~Translations();

    /// Where Duet's catalogues are looked for, in order: the user's data
    /// folder (`~/.local/share/duet/translations`), the folder the build or
    /// the installation puts them in beside the executable
    /// (`../share/duet/translations`), then the system's data folders.
    [[nodiscard]] static QStringList catalogueDirectories();

    /// Qt's own translations folder (QLibraryInfo::TranslationsPath).
    [[nodiscard]] static QString qtCatalogueDirectory();

    /// The catalogue names to try for a locale's languages, most wanted
    /// first: "de-AT" gives "de_AT", then "de".
    [[nodiscard]] static QStringList languageNames(const QStringList &uiLanguages);

    /// The catalogue files installed, lowest priority first.
    [[nodiscard]] QStringList installedFiles() const;

private:
    bool installFile(const QString &fileName);
    bool installDuetCatalogue(const QStringList &languages, const QStringList &directories);
    void installQtCatalogue(const QString &name, const QLocale &locale, const QString &directory);

    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace Duet
