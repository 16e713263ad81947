#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QSyntaxHighlighter>

namespace Duet
{

/// Highlights the fenced code blocks of a rendered Markdown page with
/// KSyntaxHighlighting, in the same theme as the code panes. Qt's Markdown
/// import marks each code block with its fence and language; every other
/// block is left as the page styled it.
class ProseHighlighter final
    : public QSyntaxHighlighter
    , private KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)
    Q_DISABLE_COPY_MOVE(ProseHighlighter)

public:
    explicit ProseHighlighter(QTextDocument *document);
    ~ProseHighlighter() override;

    void setTheme(const KSyntaxHighlighting::Theme &theme) override;

protected:
    void highlightBlock(const QString &text) override;

private:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
};

} // namespace Duet
