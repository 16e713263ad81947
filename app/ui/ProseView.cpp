#include "ProseView.h"

#include "ThemeColours.h"
#include "ThemeController.h"
#include "highlighting/ProseHighlighter.h"

#include <KSyntaxHighlighting/Theme>

#include <QDesktopServices>
#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>

namespace Duet
{

namespace
{

constexpr int documentMargin = 18;

} // namespace

ProseView::ProseView(QWidget *parent)
    : QTextBrowser(parent)
    , m_highlighter(new ProseHighlighter(document()))
    , m_baseFont(font())
{
    setOpenLinks(false);
    setAccessibleName(tr("Explanation"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    document()->setDocumentMargin(documentMargin);
    connect(this, &QTextBrowser::anchorClicked, this, &ProseView::openLink);
}

void ProseView::setMarkdownPage(const QString &markdown)
{
    setMarkdown(markdown);
    styleCode();
    applyMeasure();
}

void ProseView::applyTheme(const KSyntaxHighlighting::Theme &theme, const ThemeColours &colours)
{
    m_codeBackground = colours.colour(ThemeColours::Role::Background);
    m_highlighter->setTheme(theme);
    styleCode();
}

void ProseView::setZoom(int steps)
{
    m_zoom = steps;
    const QFont zoomed = ThemeController::zoomedFont(m_baseFont, steps);
    setFont(zoomed);
    document()->setDefaultFont(zoomed);
    styleCode();
    applyMeasure();
}

void ProseView::styleCode()
{
    // Qt's Markdown import gives code a fixed font of a fixed size; code
    // follows the zoom like the rest of the text.
    const QFont fixed = ThemeController::zoomedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont), m_zoom);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const bool codeBlock = block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
        if (codeBlock) {
            QTextBlockFormat format = block.blockFormat();
            if (m_codeBackground.isValid())
                format.setBackground(m_codeBackground);
            format.setLeftMargin(12);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
        }
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment piece = fragment.fragment();
            if (!codeBlock && !piece.charFormat().fontFixedPitch())
                continue;
            QTextCharFormat characters;
            characters.setFontFamilies(fixed.families());
            characters.setFontFixedPitch(true);
            characters.setFontPointSize(fixed.pointSizeF());
            cursor.setPosition(piece.position());
            cursor.setPosition(piece.position() + piece.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(characters);
        }
    }
    cursor.endEditBlock();
}

qreal ProseView::textWidth() const
{
    const QTextFrameFormat format = document()->rootFrame()->frameFormat();
    return document()->textWidth() - 2 * document()->documentMargin() - format.leftMargin() - format.rightMargin();
}

void ProseView::applyMeasure()
{
    // Text wider than the measure is hard to read; the space beyond it
    // stays empty on the right.
    const qreal longest = QFontMetricsF(document()->defaultFont()).averageCharWidth() * measure;
    const qreal available = viewport()->width() - 2 * document()->documentMargin();
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    const qreal margin = qMax<qreal>(0, available - longest);
    if (qFuzzyCompare(format.rightMargin() + 1, margin + 1))
        return;
    format.setRightMargin(margin);
    document()->rootFrame()->setFrameFormat(format);
}

void ProseView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    applyMeasure();
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
