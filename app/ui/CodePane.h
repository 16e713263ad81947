#pragma once

#include "core/lesson/Lesson.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QsciScintilla;

namespace KSyntaxHighlighting
{
class Theme;
}

namespace Duet
{

class SyntaxLexer;

/// One program of a section: a header naming the language and the file,
/// with a copy button, above a QScintilla editor highlighted by
/// KSyntaxHighlighting, with line numbers and folding. It knows the lesson's
/// linked regions: it reports the region under the cursor or the mouse, and
/// highlights the regions its counterpart asks for.
class CodePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodePane)

public:
    explicit CodePane(Language language, QWidget *parent = nullptr);

    /// Shows a section's program as the lesson has it.
    void setListing(const CodeListing &listing);
    /// Replaces the shown text with the learner's edit of it.
    void setEditedText(const QString &text);
    [[nodiscard]] QString text() const;
    [[nodiscard]] bool isEdited() const;
    /// Brings back the lesson's version.
    void revert();

    /// Marks compiler diagnostics (1-based lines of the shown text) in the
    /// margin and as annotations under their lines; an empty list clears them.
    void setDiagnostics(const Diagnostics &diagnostics);
    [[nodiscard]] int annotatedLineCount() const { return m_annotatedLines; }
    void jumpTo(int line, int column);
    [[nodiscard]] QsciScintilla *editor() const { return m_editor; }
    [[nodiscard]] SyntaxLexer *lexer() const { return m_lexer; }

    void applyTheme(const KSyntaxHighlighting::Theme &theme);
    void setZoom(int steps);

    /// Highlights every stretch of the named regions and scrolls the first
    /// into view; an empty list clears the highlight.
    void highlightRegions(const QStringList &names);
    [[nodiscard]] QList<int> highlightedLines() const;
    /// Names of the regions that contain a 0-based line.
    [[nodiscard]] QStringList regionsAt(int line) const;

Q_SIGNALS:
    /// The cursor or the mouse entered lines belonging to these regions
    /// (empty when it left every region).
    void regionsActivated(const QStringList &names);
    /// The learner changed the text (or reverted it: then `edited` is false).
    void programEdited(const QString &text, bool edited);

private:
    void copyToClipboard();
    void activateLine(int line);
    void markRegions(const QStringList &names, int marker);
    void updateEditedState();
    void showEditedState(bool edited);

    Language m_language = Language::Cpp;
    QLabel *m_title = nullptr;
    QLabel *m_fileName = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_revertButton = nullptr;
    QLabel *m_editedLabel = nullptr;
    QString m_original;
    bool m_settingText = false;
    int m_annotatedLines = 0;
    /// Markers or annotations are shown (even for lines out of range).
    bool m_hasDiagnostics = false;
    int m_errorMarker = -1;
    QsciScintilla *m_editor = nullptr;
    SyntaxLexer *m_lexer = nullptr;
    QList<LinkedRegion> m_regions;
    QStringList m_activeRegions;
    int m_highlightMarker = -1;
    int m_ownRegionMarker = -1;
};

} // namespace Duet
