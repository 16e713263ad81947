#pragma once

#include "core/lesson/Diagnostic.h"

#include <QHash>
#include <QPlainTextEdit>

namespace Duet
{

/// A program's output as it arrives: standard output in the text colour,
/// standard error in a warning colour that reads on light and dark themes,
/// and compiler diagnostics that jump to their line when clicked.
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
    /// Adds one line per diagnostic; clicking one that points at a line of
    /// the program emits diagnosticActivated.
    void appendDiagnostics(const Diagnostics &diagnostics);
    /// The compiler's own words, for what maps to no line of the program.
    void appendCompilerOutput(const QString &text);
    /// A run ended: where it printed nothing, say so instead of the
    /// invitation to run.
    void finishRun();
    void clearOutput();

Q_SIGNALS:
    void diagnosticActivated(const Duet::Diagnostic &diagnostic);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    [[nodiscard]] QColor errorColour() const;
    void appendBlock(const QString &text, const QTextCharFormat &format);

    QHash<int, Diagnostic> m_diagnosticBlocks;
};

} // namespace Duet
