#pragma once

#include <QWidget>

namespace KSyntaxHighlighting
{
class Theme;
}

namespace Duet
{

class ProseView;
class ThemeColours;

/// The hints of an exercise the learner has revealed, each under "Hint n of
/// m", rendered from Markdown exactly as the explanation is (a ProseView).
/// It asks for the height its hints need, up to a few lines, and scrolls
/// beyond; the newest hint is scrolled into view. Hidden while no hint is
/// revealed.
class HintView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HintView)

public:
    /// At most this many lines of body text tall; more scrolls.
    static constexpr int tallestLines = 7;

    explicit HintView(QWidget *parent = nullptr);

    /// Shows the revealed hints (Markdown, in order) of `total`.
    void setHints(const QStringList &revealed, int total);
    [[nodiscard]] QString markdown() const { return m_markdown; }
    [[nodiscard]] ProseView *view() const { return m_view; }

    void applyTheme(const KSyntaxHighlighting::Theme &theme, const ThemeColours &colours);
    void setZoom(int steps);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

private:
    void scrollToNewest();

    ProseView *m_view = nullptr;
    QString m_markdown;
    int m_revealed = 0;
};

} // namespace Duet
