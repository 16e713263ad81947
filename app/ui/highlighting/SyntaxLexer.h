#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <Qsci/qscilexercustom.h>

#include <QList>

#include <optional>

namespace Duet
{

/// Lets QScintilla show text highlighted by KSyntaxHighlighting. QScintilla
/// asks the lexer to style a byte range; the lexer runs the definition line by
/// line from the first line asked for, starting from the stored end state of
/// the line before, so an edit restyles from its own line on and nothing
/// earlier is redone. Each KSyntaxHighlighting text style becomes the
/// Scintilla style of the same number, coloured from the current theme.
class SyntaxLexer final
    : public QsciLexerCustom
    , private KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)
    Q_DISABLE_COPY_MOVE(SyntaxLexer)

public:
    /// `definitionName` as KSyntaxHighlighting names it: "Python", "C++".
    explicit SyntaxLexer(const QString &definitionName, QObject *parent = nullptr);
    ~SyntaxLexer() override;

    void setTheme(const KSyntaxHighlighting::Theme &theme) override;
    [[nodiscard]] KSyntaxHighlighting::Theme theme() const { return AbstractHighlighter::theme(); }
    /// The editor font; styles add bold and italic to it.
    void setBaseFont(const QFont &font);

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;

    /// How many lines the last styleText() call highlighted (for tests and
    /// benchmarks: an edit should restyle from its own line, not the top).
    [[nodiscard]] int lastStyledLineCount() const { return m_lastStyledLineCount; }
    [[nodiscard]] int lastStyledFirstLine() const { return m_lastStyledFirstLine; }

private:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
    void applyFolding(int offset, int length, KSyntaxHighlighting::FoldingRegion region) override;
    void applyTheme();
    void setFoldLevel(int line, int level);

    QByteArray m_languageName;
    QFont m_baseFont;
    /// Known once the definition has been loaded, on first styling.
    std::optional<bool> m_indentationFolding;
    /// End state of each line, and the folding depth at its start.
    QList<KSyntaxHighlighting::State> m_lineStates;
    QList<int> m_lineDepths;

    // The line being highlighted: its text and where styled bytes have got to.
    QString m_lineText;
    int m_lineStart = 0; // byte position of the line in the document
    int m_utf16Cursor = 0;
    int m_byteCursor = 0;
    int m_foldOpenings = 0;
    int m_foldClosings = 0;
    int m_lastStyledLineCount = 0;
    int m_lastStyledFirstLine = 0;
};

} // namespace Duet
