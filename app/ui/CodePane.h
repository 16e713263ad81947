#pragma once

#include "core/lesson/Lesson.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QsciScintilla;

namespace Duet
{

/// One program of a section: a header naming the language and the file,
/// with a copy button, above a QScintilla editor with line numbers and
/// folding.
class CodePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodePane)

public:
    explicit CodePane(Language language, QWidget *parent = nullptr);

    void setListing(const CodeListing &listing);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QsciScintilla *editor() const { return m_editor; }

private:
    void copyToClipboard();

    Language m_language = Language::Cpp;
    QLabel *m_title = nullptr;
    QLabel *m_fileName = nullptr;
    QToolButton *m_copyButton = nullptr;
    QsciScintilla *m_editor = nullptr;
};

} // namespace Duet
