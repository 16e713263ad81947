#include "ThemeColours.h"

#include "highlighting/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QtMath>

#include <optional>

namespace Duet
{

namespace
{

using Theme = KSyntaxHighlighting::Theme;

constexpr double textRatio = 4.5; // WCAG AA, ordinary text
constexpr double graphicsRatio = 3.0; // WCAG AA, shapes and large text

double channelLuminance(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

QColor editorColour(const Theme &theme, Theme::EditorColorRole role, const QColor &fallback)
{
    const QRgb value = theme.editorColor(role);
    return qAlpha(value) == 0 ? fallback : QColor::fromRgb(value);
}

QColor textColour(const Theme &theme, Theme::TextStyle style, const QColor &fallback)
{
    const QRgb value = theme.textColor(style);
    return qAlpha(value) == 0 ? fallback : QColor::fromRgb(value);
}

/// Every text style a pane can show, so a band can be checked against all.
QList<QColor> everyTextColour(const Theme &theme, const QColor &normal)
{
    QList<QColor> colours;
    for (int style = Theme::Normal; style <= Theme::Others; ++style)
        colours.append(textColour(theme, Theme::TextStyle(style), normal));
    return colours;
}

double hueDistance(const QColor &first, const QColor &second)
{
    const int a = first.hslHue();
    const int b = second.hslHue();
    if (a < 0 || b < 0)
        return 0;
    const int difference = std::abs(a - b);
    return std::min(difference, 360 - difference);
}

/// The first colour with a clear hue among the theme's text styles, turned
/// into a graphics colour on `background`, avoiding `avoid` when given.
QColor seriesColour(const Theme &theme, const QColor &background, const QColor &normal,
                    std::optional<QColor> avoid = std::nullopt)
{
    static constexpr Theme::TextStyle candidates[] = {
        Theme::DataType, Theme::Function,    Theme::String,       Theme::Keyword, Theme::DecVal,
        Theme::Import,   Theme::ControlFlow, Theme::Preprocessor, Theme::BuiltIn, Theme::Char,
    };
    QColor best;
    double bestScore = -1;
    for (const Theme::TextStyle style : candidates) {
        const QColor colour = ThemeColours::readableOn(textColour(theme, style, normal), background, graphicsRatio);
        const double saturation = colour.hslSaturationF();
        double score = saturation;
        if (avoid)
            score = hueDistance(colour, *avoid) / 180.0 + 0.25 * saturation;
        if (!avoid && saturation >= 0.3)
            return colour;
        if (score > bestScore) {
            bestScore = score;
            best = colour;
        }
    }
    return best;
}

ThemeColours &activeColours()
{
    static ThemeColours colours(syntaxRepository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    return colours;
}

} // namespace

double ThemeColours::relativeLuminance(const QColor &colour)
{
    return 0.2126 * channelLuminance(colour.redF()) + 0.7152 * channelLuminance(colour.greenF())
        + 0.0722 * channelLuminance(colour.blueF());
}

double ThemeColours::contrastRatio(const QColor &first, const QColor &second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor ThemeColours::mix(const QColor &from, const QColor &to, double amount)
{
    // Rounded to 8 bits here, so every contrast is checked on the colour
    // that is finally shown.
    const double keep = 1.0 - amount;
    return QColor(QColor::fromRgbF(float(from.redF() * keep + to.redF() * amount),
                                   float(from.greenF() * keep + to.greenF() * amount),
                                   float(from.blueF() * keep + to.blueF() * amount))
                      .rgb());
}

QColor ThemeColours::readableOn(const QColor &colour, const QColor &background, double ratio)
{
    if (contrastRatio(colour, background) >= ratio)
        return colour;
    // Away from the background first: darker on light, lighter on dark.
    const bool darkBackground = relativeLuminance(background) < 0.18;
    const QColor first = darkBackground ? QColor(Qt::white) : QColor(Qt::black);
    const QColor second = darkBackground ? QColor(Qt::black) : QColor(Qt::white);
    for (const QColor &target : {first, second}) {
        for (int step = 1; step <= 20; ++step) {
            const QColor candidate = mix(colour, target, step / 20.0);
            if (contrastRatio(candidate, background) >= ratio)
                return candidate;
        }
    }
    return contrastRatio(first, background) >= contrastRatio(second, background) ? first : second;
}

QColor ThemeColours::band(const QColor &background, const QColor &tint, const QList<QColor> &texts)
{
    // Stronger than this, a band stops being a background and competes with
    // the code.
    constexpr double strongest = 0.35;
    constexpr double faintest = 0.05;
    const auto keepsContrast = [&](const QColor &candidate) {
        for (qsizetype index = 0; index < texts.size(); ++index) {
            const double onBackground = contrastRatio(texts.at(index), background);
            const bool body = index == 0 && onBackground >= textRatio;
            const double required = body ? textRatio : 0.9 * onBackground;
            if (contrastRatio(texts.at(index), candidate) < required)
                return false;
        }
        return true;
    };
    // The tint gives the band its hue; its lightness moves away from the
    // text as far as the contrast needs (a dark band under light text), so
    // the band shows by its colour without costing the text its contrast.
    const bool lightText = !texts.isEmpty() && relativeLuminance(texts.constFirst()) > relativeLuminance(background);
    const QColor away = lightText ? QColor(Qt::black) : QColor(Qt::white);
    for (double amount = strongest; amount >= faintest - 1e-9; amount -= 0.01) {
        const QColor tinted = mix(background, tint, amount);
        for (int step = 0; step <= 12; ++step) {
            const QColor candidate = mix(tinted, away, step * 0.05);
            if (candidate != background && keepsContrast(candidate))
                return candidate;
        }
    }
    // No tint works in this theme: a plain step away from the text.
    return mix(background, away, 0.3);
}

ThemeColours::ThemeColours(const KSyntaxHighlighting::Theme &theme)
    : m_themeName(theme.name())
{
    const QColor background = editorColour(theme, Theme::BackgroundColor, QColor(0xff, 0xff, 0xff));
    const QColor normal = textColour(theme, Theme::Normal, QColor(0x1f, 0x1c, 0x1b));
    m_dark = relativeLuminance(background) < relativeLuminance(normal);
    const QColor text = readableOn(normal, background, textRatio);
    QList<QColor> texts = everyTextColour(theme, normal);
    texts.prepend(text);
    const QColor border = editorColour(theme, Theme::IconBorder, mix(background, text, 0.05));
    const QColor selection = editorColour(theme, Theme::TextSelection, mix(background, QColor(0x3d, 0xae, 0xe9), 0.4));

    set(Role::Background, background);
    set(Role::Text, text);
    set(Role::DimText,
        readableOn(editorColour(theme, Theme::LineNumbers, mix(text, background, 0.4)), background, textRatio));

    set(Role::LinkedRegion, band(background, selection, texts));
    set(Role::LinkedRegionEdge, readableOn(selection, border, graphicsRatio));
    set(Role::SearchMatch,
        band(background, editorColour(theme, Theme::SearchHighlight, QColor(0xff, 0xff, 0x00)), texts));
    set(Role::BraceMatch, band(background, editorColour(theme, Theme::BracketMatching, selection), texts));

    const QColor error
        = editorColour(theme, Theme::MarkError, textColour(theme, Theme::Error, QColor(0xda, 0x44, 0x53)));
    const QColor warning
        = editorColour(theme, Theme::MarkWarning, textColour(theme, Theme::Warning, QColor(0xf6, 0x74, 0x00)));
    const QColor note = textColour(theme, Theme::Information, textColour(theme, Theme::Comment, text));
    const auto diagnostic = [&](Role textRole, Role backgroundRole, const QColor &base, const QColor &ink) {
        const QColor shade = mix(background, base, m_dark ? 0.22 : 0.14);
        set(backgroundRole, shade);
        // Readable both on its annotation band and on the plain background.
        set(textRole, readableOn(readableOn(ink, shade, textRatio), background, textRatio));
    };
    diagnostic(Role::ErrorText, Role::ErrorBackground, error, textColour(theme, Theme::Error, error));
    diagnostic(Role::WarningText, Role::WarningBackground, warning, warning);
    diagnostic(Role::NoteText, Role::NoteBackground, note, note);
    set(Role::ErrorMarker, readableOn(error, border, graphicsRatio));
    set(Role::WarningMarker, readableOn(warning, border, graphicsRatio));

    const QList<QColor> plain {text};
    set(Role::DiffInserted, band(background, editorColour(theme, Theme::SavedLines, QColor(0x27, 0xae, 0x60)), plain));
    set(Role::DiffDeleted, band(background, error, plain));
    set(Role::DiffChanged, band(background, editorColour(theme, Theme::ModifiedLines, warning), plain));
    set(Role::DiffVarying, band(background, warning, plain));

    set(Role::StandardOutput, text);
    set(Role::StandardError, colour(Role::ErrorText));
    set(Role::OutputNotice, colour(Role::DimText));
    set(Role::Link, readableOn(textColour(theme, Theme::Function, text), background, textRatio));

    const QColor python = seriesColour(theme, background, normal);
    set(Role::ChartPython, python);
    set(Role::ChartCpp, seriesColour(theme, background, normal, python));
    set(Role::ChartShading, mix(background, text, 0.10));
    set(Role::ChartAxis, readableOn(mix(background, text, 0.35), background, graphicsRatio));

    set(Role::ProgressNotRead, readableOn(colour(Role::DimText), background, graphicsRatio));
    set(Role::ProgressRead, readableOn(colour(Role::Link), background, graphicsRatio));
    set(Role::ProgressRun,
        readableOn(editorColour(theme, Theme::SavedLines, textColour(theme, Theme::String, text)), background,
                   graphicsRatio));
    // The colour of "saved", as the diff's inserted lines have it; the check
    // mark's shape sets it apart from the run triangle.
    set(Role::ProgressSolved,
        readableOn(editorColour(theme, Theme::SavedLines, QColor(0x27, 0xae, 0x60)), background, graphicsRatio));

    set(Role::Window, border);
    const QColor windowText = readableOn(text, border, textRatio);
    set(Role::WindowText, windowText);
    // Dimmer than enabled text by a clear margin, yet still legible (WCAG
    // exempts disabled controls; 2.5:1 keeps them findable).
    QColor disabled = mix(windowText, border, 0.5);
    if (contrastRatio(disabled, border) < 2.5)
        disabled = readableOn(disabled, border, 2.5);
    set(Role::DisabledText, disabled);
}

QPalette ThemeColours::palette() const
{
    const QColor base = colour(Role::Background);
    const QColor text = colour(Role::Text);
    const QColor window = colour(Role::Window);
    const QColor windowText = colour(Role::WindowText);
    const QColor selection = mix(base, colour(Role::LinkedRegionEdge), 0.35);
    // Bevels and frames: a step towards the text and a step away from it.
    const QColor towardsText = mix(window, windowText, 0.25);
    const QColor awayFromText = mix(window, m_dark ? QColor(Qt::black) : QColor(Qt::white), 0.5);

    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, windowText);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, mix(base, window, 0.5));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, windowText);
    palette.setColor(QPalette::BrightText, readableOn(colour(Role::ErrorText), window, textRatio));
    palette.setColor(QPalette::Highlight, selection);
    palette.setColor(QPalette::HighlightedText, readableOn(text, selection, textRatio));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, colour(Role::DimText));
    palette.setColor(QPalette::Link, colour(Role::Link));
    palette.setColor(QPalette::LinkVisited, colour(Role::Link));
    palette.setColor(QPalette::Light, m_dark ? towardsText : awayFromText);
    palette.setColor(QPalette::Midlight, mix(window, m_dark ? towardsText : awayFromText, 0.5));
    palette.setColor(QPalette::Mid, mix(window, windowText, 0.35));
    palette.setColor(QPalette::Dark, mix(window, windowText, 0.5));
    palette.setColor(QPalette::Shadow, mix(window, m_dark ? QColor(Qt::black) : windowText, 0.6));
    palette.setColor(QPalette::Accent, colour(Role::LinkedRegionEdge));
    const QColor disabled = colour(Role::DisabledText);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Base, mix(base, window, 0.5));
    palette.setColor(QPalette::Disabled, QPalette::Highlight, mix(selection, window, 0.5));
    return palette;
}

const ThemeColours &ThemeColours::active()
{
    return activeColours();
}

void ThemeColours::setActive(const ThemeColours &colours)
{
    activeColours() = colours;
}

} // namespace Duet
