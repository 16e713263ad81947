#include "FindBar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QToolButton>

#include <Qsci/qsciscintilla.h>

namespace Duet
{

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    m_text->setPlaceholderText(tr("Find in the current pane"));
    m_text->setAccessibleName(tr("Find text"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::returnPressed, this, [this] { find(true); });
    connect(m_text, &QLineEdit::textEdited, this, [this] { find(true); });

    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setAccessibleName(tr("Find previous"));
    connect(previous, &QToolButton::clicked, this, [this] { find(false); });
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setAccessibleName(tr("Find next"));
    connect(next, &QToolButton::clicked, this, [this] { find(true); });
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close the find bar"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_text, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(close);
    hide();
}

void FindBar::setTarget(QWidget *target)
{
    m_target = target;
}

void FindBar::activate()
{
    show();
    m_text->setFocus();
    m_text->selectAll();
}

bool FindBar::find(bool forward)
{
    const QString text = m_text->text();
    bool found = false;
    if (text.isEmpty() || !m_target) {
        m_status->clear();
        return false;
    }
    if (auto *editor = qobject_cast<QsciScintilla *>(m_target)) {
        int line = 0;
        int index = 0;
        editor->getCursorPosition(&line, &index);
        if (!forward && editor->hasSelectedText()) {
            int lineTo = 0;
            int indexTo = 0;
            editor->getSelection(&line, &index, &lineTo, &indexTo);
        }
        found = editor->findFirst(text, false, false, false, true, forward, line, index);
    } else if (auto *textEdit = qobject_cast<QTextEdit *>(m_target)) {
        found = textEdit->find(text, forward ? QTextDocument::FindFlags() : QTextDocument::FindBackward);
        if (!found) {
            textEdit->moveCursor(forward ? QTextCursor::Start : QTextCursor::End);
            found = textEdit->find(text, forward ? QTextDocument::FindFlags() : QTextDocument::FindBackward);
        }
    }
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_target)
            m_target->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Duet
