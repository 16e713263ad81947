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
    /// Adds one line per diagnostic; clicking it emits diagnosticActivated.
    void appendDiagnostics(const Diagnostics &diagnostics);
    void clearOutput();

Q_SIGNALS:
    void diagnosticActivated(const Duet::Diagnostic &diagnostic);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    [[nodiscard]] QColor errorColour() const;

    QHash<int, Diagnostic> m_diagnosticBlocks;
};

} // namespace Duet
