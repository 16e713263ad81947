#pragma once

#include "ThemeColours.h"

#include <KSyntaxHighlighting/Theme>

#include <QFont>
#include <QObject>

namespace Duet
{

/// Which colour theme Duet shows and how far its text is zoomed. By default
/// the theme follows the system: the desktop's colour scheme where Qt knows
/// it, else the palette the application started with, never one Duet set
/// itself; it follows a change of the desktop's scheme at once. A chosen
/// theme and the zoom are remembered in the settings.
///
/// Widgets restyle on `themeChanged`/`coloursChanged` (the colours come from
/// ThemeColours, set active before the signals) and rescale on `zoomChanged`
/// (`zoomedFont` turns a widget's own font into the zoomed one).
class ThemeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeController)

public:
    explicit ThemeController(QObject *parent = nullptr);

    /// Every theme the repository has, by name.
    [[nodiscard]] static QStringList themeNames();
    [[nodiscard]] KSyntaxHighlighting::Theme theme() const { return m_theme; }
    [[nodiscard]] const ThemeColours &colours() const { return m_colours; }
    /// The chosen theme's name; empty while following the system.
    [[nodiscard]] QString chosenThemeName() const { return m_chosenName; }
    /// Chooses a theme by name (empty: follow the system). Returns false,
    /// changing nothing, for a name the repository does not know.
    bool chooseTheme(const QString &name);
    /// The theme that following the system gives now.
    [[nodiscard]] static KSyntaxHighlighting::Theme systemTheme();

    [[nodiscard]] int zoom() const { return m_zoom; }
    void setZoom(int steps);
    /// The zoom the window shows now, for widgets with no controller at hand
    /// (the window sets their font on every change: see MainWindow::applyZoom).
    [[nodiscard]] static int activeZoom();
    /// `base` grown or shrunk by `steps` points (never below 6 points).
    [[nodiscard]] static QFont zoomedFont(QFont base, int steps);

    /// Lets QIcon::fromTheme find Duet's own icons for the Breeze names it
    /// uses when the desktop's icon theme has none.
    static void installFallbackIcons();

Q_SIGNALS:
    void themeChanged(const KSyntaxHighlighting::Theme &theme);
    /// After themeChanged, with the colours derived from the new theme.
    void coloursChanged(const Duet::ThemeColours &colours);
    void zoomChanged(int steps);

private:
    void apply(const KSyntaxHighlighting::Theme &theme);

    KSyntaxHighlighting::Theme m_theme;
    ThemeColours m_colours;
    QString m_chosenName;
    int m_zoom = 0;
};

} // namespace Duet
