#include "HintView.h"

#include "ui/ProseView.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Duet
{

HintView::HintView(QWidget *parent)
    : QWidget(parent)
    , m_view(new ProseView(this))
{
    m_view->setAccessibleName(tr("Hints"));
    m_view->document()->setDocumentMargin(8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // The hints' height depends on the width they are laid out in: ask again
    // whenever it changes.
    connect(m_view->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [this] { updateGeometry(); });
    hide();
}

void HintView::setHints(const QStringList &revealed, int total)
{
    const bool newHint = revealed.size() > m_revealed;
    m_revealed = int(revealed.size());
    QStringList parts;
    for (qsizetype index = 0; index < revealed.size(); ++index) {
        // The heading is a paragraph of its own, so a hint that starts with a
        // list or a code block renders as it would in the explanation.
        parts.append(tr("**Hint %1 of %2**").arg(index + 1).arg(total) + QStringLiteral("\n\n")
                     + revealed.at(index).trimmed());
    }
    m_markdown = parts.join(QStringLiteral("\n\n"));
    m_view->setMarkdownPage(m_markdown);
    setVisible(!revealed.isEmpty());
    updateGeometry();
    if (newHint)
        scrollToNewest();
}

void HintView::scrollToNewest()
{
    // The newest hint's heading is the last block that starts with "Hint".
    const QString heading = tr("Hint %1 of").arg(m_revealed);
    for (QTextBlock block = m_view->document()->lastBlock(); block.isValid(); block = block.previous()) {
        if (block.text().startsWith(heading)) {
            const int top = int(m_view->document()->documentLayout()->blockBoundingRect(block).top());
            m_view->verticalScrollBar()->setValue(top);
            return;
        }
    }
}

void HintView::applyTheme(const KSyntaxHighlighting::Theme &theme, const ThemeColours &colours)
{
    m_view->applyTheme(theme, colours);
}

void HintView::setZoom(int steps)
{
    m_view->setZoom(steps);
    updateGeometry();
}

QSize HintView::sizeHint() const
{
    // As tall as the hints, up to tallestLines of body text.
    const int line = m_view->fontMetrics().lineSpacing();
    const int content = int(m_view->document()->size().height()) + 2 * m_view->frameWidth();
    return {QWidget::sizeHint().width(), qBound(2 * line, content, tallestLines * line)};
}

QSize HintView::minimumSizeHint() const
{
    return {0, 2 * m_view->fontMetrics().lineSpacing()};
}

} // namespace Duet
