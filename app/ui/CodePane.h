#pragma once

#include "core/lesson/Lesson.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;
class QsciScintilla;

namespace KSyntaxHighlighting
{
class Theme;
}

namespace Duet
{

class AutoIndenter;
class SyntaxLexer;
class ThemeColours;

/// One program of a section: a header naming the language and where the code
/// comes from, with Revert and Copy, above a QScintilla editor highlighted by
/// KSyntaxHighlighting, with line numbers, folding, brace matching and
/// auto-indent. It knows the lesson's linked regions and follows them through
/// the learner's edits: it reports the region under the cursor or the mouse,
/// and highlights the regions its counterpart asks for.
///
/// Keyboard: Tab indents (the editor keeps it); Escape and then Tab or
/// Shift+Tab moves the focus on, as in CodeMirror-based editors, and Ctrl+Tab
/// and F6 (the window's) move between the window's areas.
class CodePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodePane)

public:
    /// Where the learner was in the pane, kept per section by the window.
    struct ViewState {
        int firstVisibleLine = 0;
        int cursorLine = 0;
        int cursorIndex = 0;
        int horizontalOffset = 0;
    };

    /// The Scintilla indicator the Find bar marks every match with.
    static constexpr int searchIndicator = 8;
    /// Reverting more changed lines than this asks first.
    static constexpr int largeEditLines = 5;

    explicit CodePane(Language language, QWidget *parent = nullptr);

    /// Shows a section's program as the lesson has it, at its top.
    void setListing(const CodeListing &listing);
    /// Replaces the shown text with the learner's edit of it.
    void setEditedText(const QString &text);
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isEdited() const;
    /// How many lines the learner's version adds or removes.
    [[nodiscard]] int changedLineCount() const;
    /// Brings back the lesson's version as one edit that Undo takes back.
    void revert();
    /// Asks, when the changes to any of `panes` are large, whether to revert
    /// them; true when the learner agreed or there was nothing large.
    static bool confirmRevert(QWidget *parent, const QList<const CodePane *> &panes);

    [[nodiscard]] ViewState viewState() const;
    void restoreViewState(const ViewState &state);

    /// Marks compiler diagnostics (1-based lines of the shown text) in the
    /// margin and as annotations under their lines; an empty list clears them.
    void setDiagnostics(const Diagnostics &diagnostics);
    [[nodiscard]] int annotatedLineCount() const { return m_annotatedLines; }
    void jumpTo(int line, int column);
    [[nodiscard]] QsciScintilla *editor() const { return m_editor; }
    [[nodiscard]] SyntaxLexer *lexer() const { return m_lexer; }
    [[nodiscard]] Language language() const { return m_language; }
    [[nodiscard]] QString languageName() const;
    [[nodiscard]] QToolButton *copyButton() const { return m_copyButton; }
    /// Puts a widget in the header, before Copy (the exercise's "Try it yourself").
    void addHeaderWidget(QWidget *widget);
    /// Says in the header what the pane holds, instead of the listing's file
    /// name (after setListing(), which sets the file name again), and what
    /// Revert brings back.
    void describeOrigin(const QString &source, const QString &sourceToolTip, const QString &revertToolTip);
    [[nodiscard]] QString originText() const;

    void applyTheme(const KSyntaxHighlighting::Theme &theme, const ThemeColours &colours);
    void setZoom(int steps);

    /// Highlights every stretch of the named regions and scrolls the first
    /// into view; an empty list clears the highlight.
    void highlightRegions(const QStringList &names);
    [[nodiscard]] QList<int> highlightedLines() const;
    /// Names of the regions that contain a 0-based line, where the learner's
    /// edits have moved them.
    [[nodiscard]] QStringList regionsAt(int line) const;

Q_SIGNALS:
    /// The cursor or the mouse entered lines belonging to these regions
    /// (empty when it left every region).
    void regionsActivated(const QStringList &names);
    /// The learner changed the text (or reverted it: then `edited` is false).
    void programEdited(const QString &text, bool edited);
    /// Copy put the program on the clipboard.
    void copied();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// A linked region as the lesson placed it, followed through edits by
    /// two marker handles and recognised by its lines' text.
    struct TrackedRegion {
        QString name;
        int firstHandle = -1;
        int lastHandle = -1;
        QSet<QString> lines;
    };

    [[nodiscard]] QString revertToolTip() const;
    void copyToClipboard();
    void activateLine(int line);
    void markRegions(const QStringList &names, int bandMarker, int edgeMarker);
    void trackRegions(const QList<LinkedRegion> &regions);
    /// The 0-based first and last line of a region now; empty when the
    /// learner's edits removed it.
    [[nodiscard]] std::optional<std::pair<int, int>> regionLines(const TrackedRegion &region) const;
    void showEditedState(bool edited);
    void showText(const QString &text);
    void fitScrollWidth();
    void leaveEditor(bool forward);

    Language m_language = Language::Cpp;
    QLabel *m_title = nullptr;
    QLabel *m_source = nullptr;
    QHBoxLayout *m_header = nullptr;
    QLabel *m_editedLabel = nullptr;
    QToolButton *m_revertButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QTimer m_copiedFeedback;
    QString m_original;
    bool m_settingText = false;
    bool m_escapePending = false;
    int m_annotatedLines = 0;
    Diagnostics m_diagnostics;
    QsciScintilla *m_editor = nullptr;
    SyntaxLexer *m_lexer = nullptr;
    AutoIndenter *m_indenter = nullptr;
    QList<TrackedRegion> m_regions;
    QStringList m_activeRegions;
    QStringList m_highlightedRegions;
    // Scintilla marker numbers.
    int m_anchorMarker = -1;
    int m_highlightMarker = -1;
    int m_highlightEdgeMarker = -1;
    int m_ownEdgeMarker = -1;
    int m_errorMarker = -1;
    int m_warningMarker = -1;
    // Annotation colours, from the theme.
    QColor m_errorText;
    QColor m_errorBackground;
    QColor m_warningText;
    QColor m_warningBackground;
    QColor m_noteText;
    QColor m_noteBackground;
};

} // namespace Duet
