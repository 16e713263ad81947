#include "ThemeController.h"

#include "highlighting/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

#include <QGuiApplication>
#include <QSettings>

namespace Duet
{

namespace
{

constexpr int minimumZoom = -6;
constexpr int maximumZoom = 20;

KSyntaxHighlighting::Theme systemTheme()
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return syntaxRepository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
{
    const QSettings settings;
    m_zoom = qBound(minimumZoom, settings.value(QStringLiteral("view/zoom"), 0).toInt(), maximumZoom);
    const QString saved = settings.value(QStringLiteral("view/theme")).toString();
    const KSyntaxHighlighting::Theme savedTheme = syntaxRepository().theme(saved);
    m_chosenName = savedTheme.isValid() && !saved.isEmpty() ? saved : QString();
    m_theme = m_chosenName.isEmpty() ? systemTheme() : savedTheme;
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
    m_theme = theme;
    QSettings().setValue(QStringLiteral("view/theme"), name);
    Q_EMIT themeChanged(m_theme);
    return true;
}

void ThemeController::setZoom(int steps)
{
    const int bounded = qBound(minimumZoom, steps, maximumZoom);
    if (bounded == m_zoom)
        return;
    m_zoom = bounded;
    QSettings().setValue(QStringLiteral("view/zoom"), m_zoom);
    Q_EMIT zoomChanged(m_zoom);
}

QPalette ThemeController::paletteFor(const KSyntaxHighlighting::Theme &theme)
{
    using Theme = KSyntaxHighlighting::Theme;
    const QColor base = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(Theme::Normal));
    const QColor border = QColor::fromRgba(theme.editorColor(Theme::IconBorder));
    const QColor selection = QColor::fromRgba(theme.editorColor(Theme::TextSelection));
    const bool dark = base.lightness() < 128;

    QPalette palette;
    palette.setColor(QPalette::Window, border);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, border);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, border);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, selection);
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor::fromRgba(theme.editorColor(Theme::LineNumbers)));
    palette.setColor(QPalette::Link, QColor::fromRgba(theme.textColor(Theme::Function)));
    palette.setColor(QPalette::Light, dark ? border.lighter(130) : border.lighter(110));
    palette.setColor(QPalette::Mid, dark ? border.lighter(150) : border.darker(130));
    palette.setColor(QPalette::Dark, dark ? border.darker(130) : border.darker(160));
    palette.setColor(QPalette::Shadow, dark ? Qt::black : border.darker(200));
    const QColor disabled = QColor::fromRgba(theme.editorColor(Theme::LineNumbers));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

} // namespace Duet
