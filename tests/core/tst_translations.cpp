// Finding and installing message catalogues: which files, in which order,
// and what QCoreApplication::translate() then gives. The catalogues are
// tests/data/translations/, compiled by lrelease at build time into
// installed/ (as Duet installs them), own/ (a translator's own build) and
// qt/ (Qt's).

#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Duet;
using namespace Qt::StringLiterals;

namespace
{

const QString catalogues = QStringLiteral(DUET_TEST_CATALOGUE_DIR);
const QString installed = catalogues + QLatin1String("/installed");
const QString own = catalogues + QLatin1String("/own");
const QString qt = catalogues + QLatin1String("/qt");
// A folder with no catalogues, for Qt's when a test is not about them.
const QString nowhere = catalogues + QLatin1String("/none");

QString translated(const char *source, int count = -1)
{
    return QCoreApplication::translate("Duet::TranslationsTest", source, nullptr, count);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void languageNames_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << QStringList() << QStringList();
        QTest::newRow("language") << QStringList {u"de"_s} << QStringList {u"de"_s};
        QTest::newRow("territory") << QStringList {u"de-AT"_s, u"de"_s} << QStringList {u"de_AT"_s, u"de"_s};
        QTest::newRow("script") << QStringList {u"zh-Hant-TW"_s}
                                << QStringList {u"zh_Hant_TW"_s, u"zh_Hant"_s, u"zh"_s};
        // Every form of the first language before the second language.
        QTest::newRow("two languages") << QStringList {u"fr-CA"_s, u"de-DE"_s}
                                       << QStringList {u"fr_CA"_s, u"fr"_s, u"de_DE"_s, u"de"_s};
    }

    void languageNames()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QStringList, expected);
        QCOMPARE(Translations::languageNames(uiLanguages), expected);
    }

    void englishPluralsUnderEveryLanguage()
    {
        const Translations translations(QLocale(u"ja"_s), {installed}, nowhere);
        QCOMPARE(translations.installedFiles(), QStringList {installed + u"/duet_en.qm"_s});
        QCOMPARE(translated("%n program(s) ran", 1), u"1 program ran"_s);
        QCOMPARE(translated("%n program(s) ran", 3), u"3 programs ran"_s);
        QCOMPARE(translated("Run the program"), u"Run the program"_s);
    }

    void languageCatalogueAboveEnglish()
    {
        const Translations translations(QLocale(u"de_AT"_s), {installed}, nowhere);
        QCOMPARE(translations.installedFiles(),
                 (QStringList {installed + u"/duet_en.qm"_s, installed + u"/duet_de.qm"_s}));
        QCOMPARE(translated("Run the program"), u"Das Programm ausführen"_s);
        // The German catalogue has no plural message: English gives its forms.
        QCOMPARE(translated("%n program(s) ran", 2), u"2 programs ran"_s);
    }

    void territoryCatalogue()
    {
        const Translations translations(QLocale(u"pt_BR"_s), {installed}, nowhere);
        QVERIFY(translations.installedFiles().contains(installed + u"/duet_pt_BR.qm"_s));
        QCOMPARE(translated("Run the program"), u"Executar o programa"_s);
    }

    void englishLocaleInstallsEnglishOnce()
    {
        const Translations translations(QLocale(u"en_GB"_s), {installed}, nowhere);
        QCOMPARE(translations.installedFiles(), QStringList {installed + u"/duet_en.qm"_s});
    }

    void firstFolderWins()
    {
        const Translations translations(QLocale(u"de"_s), {own, installed}, nowhere);
        QVERIFY(translations.installedFiles().contains(own + u"/duet_de.qm"_s));
        QVERIFY(!translations.installedFiles().contains(installed + u"/duet_de.qm"_s));
        QCOMPARE(translated("Run the program"), u"Programm starten"_s);
        // One catalogue per language: the installed one is not merged in.
        QCOMPARE(translated("Found in the installed catalogue"), u"Found in the installed catalogue"_s);
    }

    void unreadableCatalogueIsSkipped()
    {
        QTemporaryDir broken;
        QVERIFY(broken.isValid());
        QFile garbage(broken.filePath(u"duet_de.qm"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a catalogue");
        garbage.close();

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"duet_de\\.qm is not a message catalogue Qt can read"_s));
        const Translations translations(QLocale(u"de"_s), {broken.path(), installed}, nowhere);
        QVERIFY(translations.installedFiles().contains(installed + u"/duet_de.qm"_s));
        QCOMPARE(translated("Run the program"), u"Das Programm ausführen"_s);
    }

    void qtCatalogue()
    {
        const Translations translations(QLocale(u"de"_s), {installed}, qt);
        QVERIFY(translations.installedFiles().contains(qt + u"/qtbase_de.qm"_s));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    }

    void noCatalogueAnywhere()
    {
        const Translations translations(QLocale(u"de"_s), {nowhere}, nowhere);
        QVERIFY(translations.installedFiles().isEmpty());
        QCOMPARE(translated("%n program(s) ran", 1), u"1 program(s) ran"_s);
    }

    void removedWhenDestroyed()
    {
        {
            const Translations translations(QLocale(u"de"_s), {installed}, qt);
            QCOMPARE(translated("Run the program"), u"Das Programm ausführen"_s);
        }
        QCOMPARE(translated("Run the program"), u"Run the program"_s);
        QCOMPARE(translated("%n program(s) ran", 1), u"1 program(s) ran"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
    }

    void catalogueDirectories()
    {
        const QStringList directories = Translations::catalogueDirectories();
        QVERIFY(directories.size() >= 2);
        // A translator's own catalogues first, then the ones beside the executable.
        QCOMPARE(directories.at(0),
                 QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                                 + u"/duet/translations"_s));
        QCOMPARE(directories.at(1),
                 QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/"_s
                                 + QLatin1StringView(DUET_TRANSLATIONS_RELATIVE_DIRECTORY)));
        QStringList unique = directories;
        unique.removeDuplicates();
        QCOMPARE(unique, directories);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
