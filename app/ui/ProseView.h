#pragma once

#include <QTextBrowser>

namespace KSyntaxHighlighting
{
class Theme;
}

namespace Duet
{

class ProseHighlighter;

/// A section's explanation, rendered from its Markdown. Code blocks are
/// highlighted in the current theme and set on the editor's background;
/// inline code uses the fixed-pitch font. Links to `duet:LESSON/SECTION`
/// navigate inside Duet, web links open in the browser.
class ProseView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProseView)

public:
    explicit ProseView(QWidget *parent = nullptr);

    void setMarkdownPage(const QString &markdown);
    void applyTheme(const KSyntaxHighlighting::Theme &theme);
    void setZoom(int steps);

Q_SIGNALS:
    void sectionLinkActivated(const QString &address);

private:
    void styleCodeBlocks();
    void openLink(const QUrl &url);

    ProseHighlighter *m_highlighter = nullptr;
    QColor m_codeBackground;
    int m_basePointSize = 0;
};

} // namespace Duet
