#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QObject>
#include <QPalette>

namespace Duet
{

/// Which colour theme Duet shows and how far its text is zoomed. By default
/// the theme follows the system palette (a light or dark KSyntaxHighlighting
/// default); a chosen theme and the zoom are remembered in the settings.
/// Widgets listen to `themeChanged` and `zoomChanged` and restyle themselves.
class ThemeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeController)

public:
    explicit ThemeController(QObject *parent = nullptr);

    /// Every theme the repository has, by name.
    [[nodiscard]] static QStringList themeNames();
    [[nodiscard]] KSyntaxHighlighting::Theme theme() const { return m_theme; }
    /// The chosen theme's name; empty while following the system.
    [[nodiscard]] QString chosenThemeName() const { return m_chosenName; }
    /// Chooses a theme by name (empty: follow the system). Returns false,
    /// changing nothing, for a name the repository does not know.
    bool chooseTheme(const QString &name);

    [[nodiscard]] int zoom() const { return m_zoom; }
    void setZoom(int steps);

    /// A widget palette in the theme's colours, so the whole window matches.
    [[nodiscard]] static QPalette paletteFor(const KSyntaxHighlighting::Theme &theme);

Q_SIGNALS:
    void themeChanged(const KSyntaxHighlighting::Theme &theme);
    void zoomChanged(int steps);

private:
    KSyntaxHighlighting::Theme m_theme;
    QString m_chosenName;
    int m_zoom = 0;
};

} // namespace Duet
