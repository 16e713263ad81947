// Every colour Duet derives from a theme, checked over every theme the
// KSyntaxHighlighting repository has: text stays readable (WCAG AA) on the
// surfaces Duet draws it on, and the shapes stay visible.

#include "ui/ThemeColours.h"
#include "ui/highlighting/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QTest>

using namespace Duet;
using Role = ThemeColours::Role;
using Theme = KSyntaxHighlighting::Theme;

namespace
{

QString describe(const QColor &foreground, const QColor &background)
{
    return QStringLiteral("%1 on %2: %3:1")
        .arg(foreground.name(), background.name())
        .arg(ThemeColours::contrastRatio(foreground, background), 0, 'f', 2);
}

#define VERIFY_CONTRAST(foreground, background, ratio)                                                                 \
    QVERIFY2(ThemeColours::contrastRatio(foreground, background) >= (ratio),                                           \
             qPrintable(describe(foreground, background)))

} // namespace

class TestThemeColours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastArithmetic()
    {
        QCOMPARE(ThemeColours::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(ThemeColours::contrastRatio(Qt::white, Qt::white), 1.0);
        // The WCAG reference value for #777 on white is 4.48:1.
        QVERIFY(qAbs(ThemeColours::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
        const QColor grey = ThemeColours::readableOn(QColor(0xaa, 0xaa, 0xaa), Qt::white, 4.5);
        QVERIFY(ThemeColours::contrastRatio(grey, Qt::white) >= 4.5);
        QVERIFY(grey.lightness() < 0xaa); // darkened, not inverted
    }

    void everyTheme_data()
    {
        QTest::addColumn<QString>("name");
        const auto themes = syntaxRepository().themes();
        QVERIFY(themes.size() >= 30);
        for (const Theme &theme : themes)
            QTest::newRow(qPrintable(theme.name())) << theme.name();
    }

    void everyTheme()
    {
        QFETCH(QString, name);
        const Theme theme = syntaxRepository().theme(name);
        QVERIFY(theme.isValid());
        const ThemeColours colours(theme);
        const QColor background = colours.colour(Role::Background);
        QCOMPARE(background, QColor::fromRgb(theme.editorColor(Theme::BackgroundColor)));
        const QColor text = colours.colour(Role::Text);
        VERIFY_CONTRAST(text, background, 4.5);
        VERIFY_CONTRAST(colours.colour(Role::DimText), background, 4.5);

        // The linked region and the search match: a visible band on which
        // normal text keeps AA contrast (4.5:1) and no text style loses more
        // than a tenth of the contrast it has on the plain background.
        for (const Role bandRole : {Role::LinkedRegion, Role::SearchMatch, Role::BraceMatch}) {
            const QColor band = colours.colour(bandRole);
            QVERIFY2(band != background, qPrintable(QStringLiteral("band %1 shows").arg(int(bandRole))));
            VERIFY_CONTRAST(text, band, 4.5);
            for (int style = Theme::Normal; style <= Theme::Others; ++style) {
                const QRgb rgb = theme.textColor(Theme::TextStyle(style));
                if (qAlpha(rgb) == 0)
                    continue;
                const QColor styleColour = QColor::fromRgb(rgb);
                const double plain = ThemeColours::contrastRatio(styleColour, background);
                const bool body = style == Theme::Normal && plain >= 4.5;
                VERIFY_CONTRAST(styleColour, band, body ? 4.5 : 0.9 * plain);
            }
        }
        VERIFY_CONTRAST(colours.colour(Role::LinkedRegionEdge), colours.colour(Role::Window), 3.0);

        // Diagnostics read on their annotation band and in the output.
        for (const auto &[ink, shade] : {std::pair {Role::ErrorText, Role::ErrorBackground},
                                         std::pair {Role::WarningText, Role::WarningBackground},
                                         std::pair {Role::NoteText, Role::NoteBackground}}) {
            VERIFY_CONTRAST(colours.colour(ink), colours.colour(shade), 4.5);
            VERIFY_CONTRAST(colours.colour(ink), background, 4.5);
        }
        VERIFY_CONTRAST(colours.colour(Role::ErrorMarker), colours.colour(Role::Window), 3.0);

        // Compared outputs: text on every diff band.
        for (const Role diff : {Role::DiffInserted, Role::DiffDeleted, Role::DiffChanged, Role::DiffVarying}) {
            QVERIFY(colours.colour(diff) != background);
            VERIFY_CONTRAST(text, colours.colour(diff), 4.5);
        }
        VERIFY_CONTRAST(colours.colour(Role::StandardOutput), background, 4.5);
        VERIFY_CONTRAST(colours.colour(Role::StandardError), background, 4.5);
        VERIFY_CONTRAST(colours.colour(Role::OutputNotice), background, 4.5);
        VERIFY_CONTRAST(colours.colour(Role::Link), background, 4.5);

        // Chart series: visible on the background and not the same colour.
        VERIFY_CONTRAST(colours.colour(Role::ChartPython), background, 3.0);
        VERIFY_CONTRAST(colours.colour(Role::ChartCpp), background, 3.0);
        QVERIFY2(colours.colour(Role::ChartPython) != colours.colour(Role::ChartCpp), "two series, two colours");

        for (const Role marker : {Role::ProgressNotRead, Role::ProgressRead, Role::ProgressRun, Role::ProgressSolved})
            VERIFY_CONTRAST(colours.colour(marker), background, 3.0);

        // Controls: disabled is visibly dimmer than enabled, yet findable.
        const QColor window = colours.colour(Role::Window);
        VERIFY_CONTRAST(colours.colour(Role::WindowText), window, 4.5);
        const double enabled = ThemeColours::contrastRatio(colours.colour(Role::WindowText), window);
        const double disabled = ThemeColours::contrastRatio(colours.colour(Role::DisabledText), window);
        QVERIFY2(disabled >= 2.5, qPrintable(describe(colours.colour(Role::DisabledText), window)));
        QVERIFY2(disabled <= 0.75 * enabled,
                 qPrintable(QStringLiteral("disabled %1, enabled %2").arg(disabled).arg(enabled)));

        const QPalette palette = colours.palette();
        VERIFY_CONTRAST(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 4.5);
        VERIFY_CONTRAST(palette.color(QPalette::Text), palette.color(QPalette::Base), 4.5);
        VERIFY_CONTRAST(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight), 4.5);
        VERIFY_CONTRAST(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base), 4.5);
        VERIFY_CONTRAST(palette.color(QPalette::ButtonText), palette.color(QPalette::Button), 4.5);
    }

    void darknessComesFromTheTheme()
    {
        QVERIFY(ThemeColours(syntaxRepository().theme(QStringLiteral("Breeze Dark"))).isDark());
        QVERIFY(!ThemeColours(syntaxRepository().theme(QStringLiteral("Breeze Light"))).isDark());
    }
};

QTEST_MAIN(TestThemeColours)
#include "tst_themecolours.moc"
