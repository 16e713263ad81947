#pragma once

#include <QTextBrowser>

namespace KSyntaxHighlighting
{
class Theme;
}

namespace Duet
{

class ProseHighlighter;
class ThemeColours;

/// A section's explanation, rendered from its Markdown. Lines are kept to a
/// comfortable reading measure (about 80 characters) however wide the window;
/// code blocks are highlighted in the current theme and set on the editor's
/// background; inline code uses the fixed-pitch font, and all of it follows
/// the zoom. Links to `duet:LESSON/SECTION` navigate inside Duet, web links
/// open in the browser.
class ProseView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProseView)

public:
    /// The longest line, in average characters of the body font.
    static constexpr int measure = 80;

    explicit ProseView(QWidget *parent = nullptr);

    void setMarkdownPage(const QString &markdown);
    void applyTheme(const KSyntaxHighlighting::Theme &theme, const ThemeColours &colours);
    void setZoom(int steps);
    /// The width text is laid out in, in pixels.
    [[nodiscard]] qreal textWidth() const;

Q_SIGNALS:
    void sectionLinkActivated(const QString &address);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void styleCode();
    void applyMeasure();
    void openLink(const QUrl &url);

    ProseHighlighter *m_highlighter = nullptr;
    QColor m_codeBackground;
    QFont m_baseFont;
    int m_zoom = 0;
};

} // namespace Duet
