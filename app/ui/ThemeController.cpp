#include "ThemeController.h"

#include "highlighting/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QGuiApplication>
#include <QIcon>
#include <QSettings>
#include <QStyleHints>

namespace Duet
{

namespace
{

constexpr int minimumZoom = -6;
constexpr int maximumZoom = 20;
constexpr int smallestPointSize = 6;

int &zoomShown()
{
    static int steps = 0;
    return steps;
}

/// The palette the platform gave the application, captured before Duet
/// first replaces it with a theme's.
const QPalette &startupPalette()
{
    static const QPalette palette = QGuiApplication::palette();
    return palette;
}

} // namespace

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
{
    startupPalette();
    installFallbackIcons();
    const QSettings settings;
    m_zoom = qBound(minimumZoom, settings.value(QStringLiteral("view/zoom"), 0).toInt(), maximumZoom);
    const QString saved = settings.value(QStringLiteral("view/theme")).toString();
    const KSyntaxHighlighting::Theme savedTheme = syntaxRepository().theme(saved);
    m_chosenName = savedTheme.isValid() && !saved.isEmpty() && savedTheme.name() == saved ? saved : QString();
    m_theme = m_chosenName.isEmpty() ? systemTheme() : savedTheme;
    zoomShown() = m_zoom;
    m_colours = ThemeColours(m_theme);
    ThemeColours::setActive(m_colours);
    // The desktop switched between light and dark: follow it at once.
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_chosenName.isEmpty())
            apply(systemTheme());
    });
}

KSyntaxHighlighting::Theme ThemeController::systemTheme()
{
    bool dark = false;
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        dark = true;
        break;
    case Qt::ColorScheme::Light:
        dark = false;
        break;
    case Qt::ColorScheme::Unknown: {
        const QPalette &palette = startupPalette();
        dark = palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
        break;
    }
    }
    return syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme);
}

QStringList ThemeController::themeNames()
{
    QStringList names;
    const auto themes = syntaxRepository().themes();
    for (const KSyntaxHighlighting::Theme &theme : themes)
        names.append(theme.name());
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool ThemeController::chooseTheme(const QString &name)
{
    const KSyntaxHighlighting::Theme theme = name.isEmpty() ? systemTheme() : syntaxRepository().theme(name);
    if (!theme.isValid() || (!name.isEmpty() && theme.name() != name))
        return false;
    m_chosenName = name;
    QSettings().setValue(QStringLiteral("view/theme"), name);
    apply(theme);
    return true;
}

void ThemeController::apply(const KSyntaxHighlighting::Theme &theme)
{
    m_theme = theme;
    m_colours = ThemeColours(theme);
    ThemeColours::setActive(m_colours);
    Q_EMIT themeChanged(m_theme);
    Q_EMIT coloursChanged(m_colours);
}

void ThemeController::setZoom(int steps)
{
    const int bounded = qBound(minimumZoom, steps, maximumZoom);
    if (bounded == m_zoom)
        return;
    m_zoom = bounded;
    zoomShown() = m_zoom;
    QSettings().setValue(QStringLiteral("view/zoom"), m_zoom);
    Q_EMIT zoomChanged(m_zoom);
}

int ThemeController::activeZoom()
{
    return zoomShown();
}

QFont ThemeController::zoomedFont(QFont base, int steps)
{
    const qreal size = base.pointSizeF() > 0 ? base.pointSizeF() : 10;
    base.setPointSizeF(qMax<qreal>(smallestPointSize, size + steps));
    return base;
}

void ThemeController::installFallbackIcons()
{
    const QString path = QStringLiteral(":/icons/fallback");
    QStringList paths = QIcon::fallbackSearchPaths();
    if (!paths.contains(path)) {
        paths.append(path);
        QIcon::setFallbackSearchPaths(paths);
    }
}

} // namespace Duet
