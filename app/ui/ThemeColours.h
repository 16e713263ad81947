#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QPalette>

#include <array>

namespace Duet
{

/// Every colour Duet paints with, derived in one place from the active
/// KSyntaxHighlighting theme: its editor colours (background, selection,
/// search match, error and warning marks, modified and saved lines) and its
/// text styles. Nothing in the window guesses "light or dark" or carries a
/// colour literal; it asks for a role here. Text roles keep WCAG AA contrast
/// (4.5:1) on the surface they are drawn on, graphics roles 3:1, in every
/// theme the repository has (tests/ui/tst_themecolours.cpp checks them all).
///
/// The window keeps the active colours in `ThemeColours::active()`; it is
/// updated before the application palette changes, so a widget can restyle
/// in `changeEvent(QEvent::PaletteChange)`, or connect to
/// `ThemeController::coloursChanged`.
class ThemeColours
{
public:
    enum class Role {
        // The editor surface.
        /// The editor's and output's background.
        Background,
        /// Ordinary text on Background.
        Text,
        /// Secondary text (file names, placeholders, line numbers) on Background.
        DimText,

        // Linked regions: where the cursor's region has its counterpart.
        /// The band behind the counterpart's lines; every text style keeps its
        /// contrast on it (normal text ≥ 4.5:1).
        LinkedRegion,
        /// The bar in the margin beside the counterpart's lines, and beside
        /// the region under the cursor in its own pane (a shape cue, ≥ 3:1).
        LinkedRegionEdge,

        // Finding.
        /// The band behind every match of the Find bar's text (text ≥ 4.5:1).
        SearchMatch,
        /// The box around a brace and its partner.
        BraceMatch,

        // Diagnostics: compiler errors, warnings and notes, Python tracebacks.
        /// Error text on ErrorBackground (annotations) and on Background (output).
        ErrorText,
        /// The band behind an error's annotation.
        ErrorBackground,
        /// The error mark in the margin.
        ErrorMarker,
        WarningText,
        WarningBackground,
        WarningMarker,
        NoteText,
        NoteBackground,

        // Comparing outputs line by line (Run both). Backgrounds: Text keeps
        // ≥ 4.5:1 on each.
        /// A line only the second output has.
        DiffInserted,
        /// A line only the first output has.
        DiffDeleted,
        /// A line both have, differently.
        DiffChanged,
        /// A line the lesson declares may differ (measured times).
        DiffVarying,

        // A program's output.
        /// What the program wrote to standard output.
        StandardOutput,
        /// What it wrote to standard error (≥ 4.5:1 on Background).
        StandardError,
        /// Duet's own lines in the output ("── Python ──", "[output truncated]").
        OutputNotice,
        /// A message that points into a pane (a traceback's line, a diagnostic).
        Link,

        // The timing chart: two series, their spread and the axis.
        /// The Python series' bars (≥ 3:1 on Background).
        ChartPython,
        /// The C++ series' bars (≥ 3:1 on Background, distinct from ChartPython).
        ChartCpp,
        /// The shading of a series' spread (min to max of repeated runs).
        ChartShading,
        /// The chart's axis and grid lines.
        ChartAxis,

        // The sidebar's progress markers (each also has its own shape).
        ProgressNotRead,
        ProgressRead,
        ProgressRun,
        /// A solved exercise's check mark.
        ProgressSolved,

        // Controls.
        /// Text of disabled controls: visibly dimmer than Text, still legible.
        DisabledText,
        /// The window's own background (toolbars, headers, the sidebar's frame).
        Window,
        /// Text on Window.
        WindowText,
    };
    static constexpr int roleCount = int(Role::WindowText) + 1;

    /// Colours for a theme. An invalid theme gives Breeze Light-like defaults.
    explicit ThemeColours(const KSyntaxHighlighting::Theme &theme = {});

    [[nodiscard]] QColor colour(Role role) const { return m_colours.at(std::size_t(role)); }
    [[nodiscard]] bool isDark() const { return m_dark; }
    [[nodiscard]] QString themeName() const { return m_themeName; }

    /// A widget palette in these colours, disabled states included.
    [[nodiscard]] QPalette palette() const;

    /// The colours the window shows now; set by ThemeController.
    [[nodiscard]] static const ThemeColours &active();
    static void setActive(const ThemeColours &colours);

    // Colour arithmetic, public for the tests and for widgets that shade.
    /// WCAG 2 contrast ratio, from 1 (same luminance) to 21 (black on white).
    [[nodiscard]] static double contrastRatio(const QColor &first, const QColor &second);
    [[nodiscard]] static double relativeLuminance(const QColor &colour);
    /// `from` moved `amount` (0–1) of the way towards `to`, opaque.
    [[nodiscard]] static QColor mix(const QColor &from, const QColor &to, double amount);
    /// `colour` made lighter or darker, keeping its hue, until it has at least
    /// `ratio` contrast on `background`.
    [[nodiscard]] static QColor readableOn(const QColor &colour, const QColor &background, double ratio);

    /// The strongest band of `tint` over `background` (at most 45% of the
    /// way) that keeps the text readable: `texts.first()`, the body text,
    /// keeps WCAG AA (4.5:1) when it has it on the plain background, and every
    /// text keeps at least 90% of the contrast it has there. (Strict AA for
    /// every style is impossible: several light themes colour styles at
    /// 4.6:1 on white, where any visible band takes them below 4.5.)
    [[nodiscard]] static QColor band(const QColor &background, const QColor &tint, const QList<QColor> &texts);

private:
    /// Stored as 8-bit RGB, what the screen shows and what pixels compare to.
    void set(Role role, const QColor &colour) { m_colours.at(std::size_t(role)) = QColor(colour.rgb()); }

    std::array<QColor, roleCount> m_colours;
    QString m_themeName;
    bool m_dark = false;
};

} // namespace Duet
