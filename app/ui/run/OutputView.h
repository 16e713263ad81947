#pragma once

#include "core/lesson/Lesson.h"
#include "ui/ThemeColours.h"

#include <QPlainTextEdit>

namespace Duet
{

struct LinkedOutput;

/// A program's output as it arrives: standard output and standard error in
/// the theme's colours for them, Duet's own notes set apart, and compiler
/// messages and tracebacks whose places in the program are links to the
/// pane's line. Every piece remembers its role, so a theme change restyles
/// what is already shown.
class OutputView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputView)

public:
    explicit OutputView(QWidget *parent = nullptr);

    void appendOutput(const QString &text, bool standardError);
    /// A heading line ("── Python ──") before a program's output.
    void appendHeading(const QString &title);
    /// A line of Duet's own, set apart from the program's output.
    void appendNote(const QString &text);
    /// A compiler's output or a traceback, its places in the program linked.
    void appendLinked(const LinkedOutput &output, bool standardError);
    /// A run ended: where it printed nothing, say so instead of the
    /// invitation to run.
    void finishRun();
    void clearOutput();

Q_SIGNALS:
    /// The learner clicked a place in the program: a 1-based pane line and column.
    void locationActivated(Duet::Language language, int line, int column);

protected:
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    [[nodiscard]] static QTextCharFormat formatFor(ThemeColours::Role role);
    void insert(const QString &text, const QTextCharFormat &format);
    void appendBlock(const QString &text, const QTextCharFormat &format);
    /// Gives every piece of text the colour of its role in the active theme.
    void restyle();
};

} // namespace Duet
