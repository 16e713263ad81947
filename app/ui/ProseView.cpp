#include "ProseView.h"

#include "highlighting/ProseHighlighter.h"

#include <KSyntaxHighlighting/Theme>

#include <QDesktopServices>
#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>

namespace Duet
{

ProseView::ProseView(QWidget *parent)
    : QTextBrowser(parent)
    , m_highlighter(new ProseHighlighter(document()))
    , m_basePointSize(font().pointSize())
{
    setOpenLinks(false);
    setAccessibleName(tr("Explanation"));
    document()->setDocumentMargin(18);
    connect(this, &QTextBrowser::anchorClicked, this, &ProseView::openLink);
}

void ProseView::setMarkdownPage(const QString &markdown)
{
    setMarkdown(markdown);
    styleCodeBlocks();
}

void ProseView::applyTheme(const KSyntaxHighlighting::Theme &theme)
{
    m_codeBackground = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    m_highlighter->setTheme(theme);
    styleCodeBlocks();
}

void ProseView::setZoom(int steps)
{
    QFont zoomed = font();
    zoomed.setPointSize(qMax(6, m_basePointSize + steps));
    setFont(zoomed);
    document()->setDefaultFont(zoomed);
}

void ProseView::styleCodeBlocks()
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().hasProperty(QTextFormat::BlockCodeFence))
            continue;
        QTextBlockFormat format = block.blockFormat();
        if (m_codeBackground.isValid())
            format.setBackground(m_codeBackground);
        format.setLeftMargin(12);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
        QTextCharFormat characters;
        characters.setFontFamilies(fixed.families());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(characters);
    }
    cursor.endEditBlock();
}

void ProseView::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("duet")) {
        Q_EMIT sectionLinkActivated(url.path());
        return;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
        || url.scheme() == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
}

} // namespace Duet
