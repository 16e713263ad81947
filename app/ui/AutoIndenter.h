#pragma once

#include "core/lesson/Lesson.h"

#include <QObject>

class QsciScintilla;

namespace Duet
{

/// Indents as the learner types, the way Kate and VS Code do for Python and
/// C++: Enter keeps the line's indentation, adds a level after a line that
/// opens a block (`:` in Python, `{` in C++) and drops one after a line that
/// leaves it (`return`, `pass`, `break`, `continue`, `raise`); typing `}` at
/// the start of a line lines it up with its `{`, and `else:`, `elif …:`,
/// `except …:` and `finally:` with the statement they continue. Enter between
/// `{` and `}` puts the `}` on its own line. Indentation is spaces.
class AutoIndenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoIndenter)

public:
    AutoIndenter(QsciScintilla *editor, Language language);

    /// The indentation, in columns, of the line after `line` (whose own
    /// indentation is `indentation`) when Enter is pressed at its end.
    [[nodiscard]] static int indentationAfter(Language language, const QString &line, int indentation, int width);
    /// The code of a line without its comment and trailing blanks.
    [[nodiscard]] static QString codeOf(Language language, const QString &line);

private:
    void characterAdded(int character);
    void newLine();
    void closingBrace();
    void pythonContinuation();
    [[nodiscard]] QString lineText(int line) const;
    [[nodiscard]] int previousCodeLine(int line) const;
    void setIndentation(int line, int columns);

    QsciScintilla *m_editor = nullptr;
    Language m_language = Language::Python;
};

} // namespace Duet
