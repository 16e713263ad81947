#include "CodePane.h"

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qsciscintilla.h>

namespace Duet
{

CodePane::CodePane(Language language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_title(new QLabel(language == Language::Python ? tr("Python") : tr("C++"), this))
    , m_fileName(new QLabel(this))
    , m_copyButton(new QToolButton(this))
    , m_editor(new QsciScintilla(this))
{
    const QString languageName = m_title->text();
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_fileName->setForegroundRole(QPalette::PlaceholderText);
    m_copyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyButton->setAutoRaise(true);
    m_copyButton->setToolTip(tr("Copy the %1 program").arg(languageName));
    m_copyButton->setAccessibleName(tr("Copy %1 code").arg(languageName));
    connect(m_copyButton, &QToolButton::clicked, this, &CodePane::copyToClipboard);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 4, 4);
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_fileName, 1);
    header->addWidget(m_copyButton);

    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    QsciLexer *lexer = language == Language::Python ? static_cast<QsciLexer *>(new QsciLexerPython(m_editor))
                                                    : static_cast<QsciLexer *>(new QsciLexerCPP(m_editor));
    lexer->setDefaultFont(font);
    lexer->setFont(font);
    m_editor->setLexer(lexer);
    m_editor->setUtf8(true);
    m_editor->setReadOnly(true);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginsFont(font);
    m_editor->setMarginWidth(0, QStringLiteral("0000"));
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle);
    m_editor->setCaretLineVisible(true);
    m_editor->setIndentationGuides(true);
    m_editor->setTabWidth(4);
    m_editor->setAccessibleName(tr("%1 code").arg(languageName));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_editor, 1);
}

void CodePane::setListing(const CodeListing &listing)
{
    m_fileName->setText(listing.fileName.isEmpty() ? QString() : QFileInfo(listing.fileName).fileName());
    m_fileName->setToolTip(listing.fileName);
    m_editor->setReadOnly(false);
    m_editor->setText(listing.isEmpty() ? QString() : listing.text);
    m_editor->setReadOnly(true);
    m_copyButton->setEnabled(!listing.isEmpty());
}

QString CodePane::text() const
{
    return m_editor->text();
}

void CodePane::copyToClipboard()
{
    QApplication::clipboard()->setText(m_editor->text());
}

} // namespace Duet
