#include "FindBar.h"

#include "CodePane.h"
#include "ThemeColours.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolButton>

#include <Qsci/qsciscintilla.h>

namespace Duet
{

namespace
{

/// Where counting stops: beyond it the number says "more than".
constexpr int countLimit = 9999;

QToolButton *toolButton(QWidget *parent, const QString &icon, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(icon));
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    return button;
}

QToolButton *optionButton(QWidget *parent, const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_matchCase(optionButton(this, tr("Match Case"), tr("Match upper and lower case exactly")))
    , m_wholeWords(optionButton(this, tr("Whole Words"), tr("Match whole words only")))
    , m_status(new QLabel(this))
{
    m_text->setPlaceholderText(tr("Text to find"));
    m_text->setAccessibleName(tr("Find text"));
    m_text->setClearButtonEnabled(true);
    m_label->setBuddy(m_text);
    connect(m_text, &QLineEdit::returnPressed, this,
            [this] { find(!QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier)); });
    connect(m_text, &QLineEdit::textEdited, this, [this] {
        // Search from where the last match began, so typing narrows in place.
        if (auto *editor = qobject_cast<QsciScintilla *>(m_target.data()); editor && editor->hasSelectedText()) {
            int line = 0;
            int index = 0;
            int lineTo = 0;
            int indexTo = 0;
            editor->getSelection(&line, &index, &lineTo, &indexTo);
            editor->setCursorPosition(line, index);
        } else if (auto *textEdit = qobject_cast<QTextEdit *>(m_target.data())) {
            QTextCursor cursor = textEdit->textCursor();
            cursor.setPosition(cursor.selectionStart());
            textEdit->setTextCursor(cursor);
        }
        find(true);
    });
    for (QToolButton *option : {m_matchCase, m_wholeWords})
        connect(option, &QToolButton::toggled, this, [this] { markMatches(); });

    QToolButton *previous
        = toolButton(this, QStringLiteral("go-up"), tr("Previous"), tr("Find the previous match (Shift+Enter)"));
    connect(previous, &QToolButton::clicked, this, [this] { find(false); });
    QToolButton *next = toolButton(this, QStringLiteral("go-down"), tr("Next"), tr("Find the next match (Enter)"));
    connect(next, &QToolButton::clicked, this, [this] { find(true); });
    QToolButton *close
        = toolButton(this, QStringLiteral("dialog-close"), tr("Close"), tr("Close the find bar (Escape)"));
    connect(close, &QToolButton::clicked, this, &FindBar::close);
    m_status->setAccessibleName(tr("Matches"));
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(tr("no matches")) + 8);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_wholeWords);
    layout->addWidget(close);
    setTarget(nullptr, QString());
    hide();
}

void FindBar::setTarget(QWidget *target, const QString &name)
{
    if (target == m_target && name == m_targetName)
        return;
    clearMarks();
    disconnect(m_targetChanged);
    m_target = target;
    m_targetName = name;
    m_label->setText(name.isEmpty() ? tr("&Find:") : tr("&Find in %1:").arg(name));
    m_text->setAccessibleName(name.isEmpty() ? tr("Find text") : tr("Find text in %1").arg(name));
    if (auto *editor = qobject_cast<QsciScintilla *>(target))
        m_targetChanged = connect(editor, &QsciScintilla::textChanged, this, &FindBar::markMatches);
    else if (auto *textEdit = qobject_cast<QTextEdit *>(target))
        m_targetChanged = connect(textEdit, &QTextEdit::textChanged, this, &FindBar::markMatches);
    markMatches();
}

void FindBar::activate()
{
    // A selection of a few words is what the learner wants to find.
    QString selected;
    if (auto *editor = qobject_cast<QsciScintilla *>(m_target.data()))
        selected = editor->selectedText();
    else if (auto *textEdit = qobject_cast<QTextEdit *>(m_target.data()))
        selected = textEdit->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QLatin1Char('\n')) && !selected.contains(QChar::ParagraphSeparator))
        m_text->setText(selected);
    show();
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
    markMatches();
}

void FindBar::setText(const QString &text)
{
    m_text->setText(text);
    markMatches();
}

void FindBar::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

void FindBar::setWholeWords(bool on)
{
    m_wholeWords->setChecked(on);
}

bool FindBar::find(bool forward)
{
    const QString text = m_text->text();
    bool found = false;
    if (text.isEmpty() || !m_target) {
        markMatches();
        return false;
    }
    const bool matchCase = m_matchCase->isChecked();
    const bool wholeWords = m_wholeWords->isChecked();
    if (auto *editor = qobject_cast<QsciScintilla *>(m_target.data())) {
        int line = 0;
        int index = 0;
        editor->getCursorPosition(&line, &index);
        if (!forward && editor->hasSelectedText()) {
            int lineTo = 0;
            int indexTo = 0;
            editor->getSelection(&line, &index, &lineTo, &indexTo);
        }
        found = editor->findFirst(text, false, matchCase, wholeWords, true, forward, line, index);
    } else if (auto *textEdit = qobject_cast<QTextEdit *>(m_target.data())) {
        QTextDocument::FindFlags flags;
        if (!forward)
            flags |= QTextDocument::FindBackward;
        if (matchCase)
            flags |= QTextDocument::FindCaseSensitively;
        if (wholeWords)
            flags |= QTextDocument::FindWholeWords;
        found = textEdit->find(text, flags);
        if (!found) {
            textEdit->moveCursor(forward ? QTextCursor::Start : QTextCursor::End);
            found = textEdit->find(text, flags);
        }
    }
    markMatches();
    return found;
}

void FindBar::markMatches()
{
    clearMarks();
    m_matchCount = 0;
    m_currentMatch = 0;
    const QString text = m_text->text();
    if (!isVisible() || text.isEmpty() || !m_target) {
        m_status->clear();
        return;
    }
    const bool matchCase = m_matchCase->isChecked();
    const bool wholeWords = m_wholeWords->isChecked();
    if (auto *editor = qobject_cast<QsciScintilla *>(m_target.data())) {
        const QByteArray needle = text.toUtf8();
        int flags = 0;
        if (matchCase)
            flags |= QsciScintilla::SCFIND_MATCHCASE;
        if (wholeWords)
            flags |= QsciScintilla::SCFIND_WHOLEWORD;
        long selectionStart = editor->SendScintilla(QsciScintilla::SCI_GETSELECTIONSTART);
        long selectionEnd = editor->SendScintilla(QsciScintilla::SCI_GETSELECTIONEND);
        const long length = editor->SendScintilla(QsciScintilla::SCI_GETLENGTH);
        editor->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT,
                              static_cast<unsigned long>(CodePane::searchIndicator));
        editor->SendScintilla(QsciScintilla::SCI_SETSEARCHFLAGS, static_cast<unsigned long>(flags));
        long from = 0;
        while (from < length && m_matchCount < countLimit) {
            editor->SendScintilla(QsciScintilla::SCI_SETTARGETSTART, static_cast<unsigned long>(from));
            editor->SendScintilla(QsciScintilla::SCI_SETTARGETEND, static_cast<unsigned long>(length));
            const long start = editor->SendScintilla(QsciScintilla::SCI_SEARCHINTARGET,
                                                     static_cast<unsigned long>(needle.size()), needle.constData());
            if (start < 0)
                break;
            const long end = editor->SendScintilla(QsciScintilla::SCI_GETTARGETEND);
            ++m_matchCount;
            if (start == selectionStart && end == selectionEnd)
                m_currentMatch = m_matchCount;
            editor->SendScintilla(QsciScintilla::SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start),
                                  end - start);
            from = qMax(end, start + 1);
        }
    } else if (auto *textEdit = qobject_cast<QTextEdit *>(m_target.data())) {
        QTextDocument::FindFlags flags;
        if (matchCase)
            flags |= QTextDocument::FindCaseSensitively;
        if (wholeWords)
            flags |= QTextDocument::FindWholeWords;
        const QTextCursor selection = textEdit->textCursor();
        QList<QTextEdit::ExtraSelection> marks;
        QTextCharFormat format;
        format.setBackground(ThemeColours::active().colour(ThemeColours::Role::SearchMatch));
        for (QTextCursor match = textEdit->document()->find(text, 0, flags);
             !match.isNull() && m_matchCount < countLimit; match = textEdit->document()->find(text, match, flags)) {
            ++m_matchCount;
            if (match.selectionStart() == selection.selectionStart()
                && match.selectionEnd() == selection.selectionEnd())
                m_currentMatch = m_matchCount;
            marks.append({match, format});
        }
        textEdit->setExtraSelections(marks);
    }
    m_status->setText(statusText());
}

QString FindBar::statusText() const
{
    if (m_text->text().isEmpty() || !m_target)
        return {};
    if (m_matchCount == 0)
        return tr("no matches");
    const QString count = m_matchCount >= countLimit ? tr("%1+").arg(countLimit) : QString::number(m_matchCount);
    if (m_currentMatch == 0)
        return tr("%n match(es)", nullptr, m_matchCount).replace(QString::number(m_matchCount), count);
    return tr("%1 of %2").arg(m_currentMatch).arg(count);
}

void FindBar::clearMarks()
{
    if (auto *editor = qobject_cast<QsciScintilla *>(m_target.data())) {
        editor->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT,
                              static_cast<unsigned long>(CodePane::searchIndicator));
        editor->SendScintilla(QsciScintilla::SCI_INDICATORCLEARRANGE, 0UL,
                              editor->SendScintilla(QsciScintilla::SCI_GETLENGTH));
    } else if (auto *textEdit = qobject_cast<QTextEdit *>(m_target.data())) {
        textEdit->setExtraSelections({});
    }
}

void FindBar::close()
{
    hide();
    if (m_target)
        m_target->setFocus(Qt::OtherFocusReason);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::hideEvent(QHideEvent *event)
{
    clearMarks();
    QWidget::hideEvent(event);
}

void FindBar::changeEvent(QEvent *event)
{
    // A new theme: the marks take its match colour.
    if (event->type() == QEvent::PaletteChange && isVisible())
        markMatches();
    QWidget::changeEvent(event);
}

} // namespace Duet
