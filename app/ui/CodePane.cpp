#include "CodePane.h"

#include "highlighting/SyntaxLexer.h"

#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <Qsci/qsciscintilla.h>

namespace Duet
{

namespace
{

QColor editorColor(const KSyntaxHighlighting::Theme &theme, KSyntaxHighlighting::Theme::EditorColorRole role)
{
    return QColor::fromRgba(theme.editorColor(role));
}

} // namespace

CodePane::CodePane(Language language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_title(new QLabel(language == Language::Python ? tr("Python") : tr("C++"), this))
    , m_fileName(new QLabel(this))
    , m_copyButton(new QToolButton(this))
    , m_editor(new QsciScintilla(this))
    , m_lexer(new SyntaxLexer(language == Language::Python ? QStringLiteral("Python") : QStringLiteral("C++"), m_editor))
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
    m_lexer->setBaseFont(font);
    m_editor->setLexer(m_lexer);
    m_editor->setUtf8(true);
    m_editor->setReadOnly(true);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginsFont(font);
    m_editor->setMarginWidth(0, QStringLiteral("0000"));
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    m_editor->setCaretLineVisible(true);
    m_editor->setIndentationGuides(true);
    m_editor->setTabWidth(4);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    m_editor->setAccessibleName(tr("%1 code").arg(languageName));
    m_highlightMarker = m_editor->markerDefine(QsciScintilla::Background);
    m_ownRegionMarker = m_editor->markerDefine(QsciScintilla::Background);

    connect(m_editor, &QsciScintilla::cursorPositionChanged, this, [this](int line, int) { activateLine(line); });
    // Hovering a line for a moment counts like placing the cursor there.
    m_editor->SendScintilla(QsciScintilla::SCI_SETMOUSEDWELLTIME, 350);
    connect(m_editor, &QsciScintilla::SCN_DWELLSTART, this, [this](int position, int, int) {
        if (position >= 0)
            activateLine(int(m_editor->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, position)));
    });

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
    m_regions = listing.regions;
    m_activeRegions.clear();
    const bool readOnly = m_editor->isReadOnly();
    m_editor->setReadOnly(false);
    m_editor->setText(listing.isEmpty() ? QString() : listing.text);
    m_editor->setReadOnly(readOnly);
    m_editor->markerDeleteAll();
    m_copyButton->setEnabled(!listing.isEmpty());
}

QString CodePane::text() const
{
    return m_editor->text();
}

void CodePane::applyTheme(const KSyntaxHighlighting::Theme &theme)
{
    using Theme = KSyntaxHighlighting::Theme;
    m_lexer->setTheme(theme);
    m_editor->setPaper(editorColor(theme, Theme::BackgroundColor));
    m_editor->setColor(QColor::fromRgba(theme.textColor(Theme::Normal)));
    m_editor->setCaretForegroundColor(QColor::fromRgba(theme.textColor(Theme::Normal)));
    m_editor->setCaretLineBackgroundColor(editorColor(theme, Theme::CurrentLine));
    m_editor->setSelectionBackgroundColor(editorColor(theme, Theme::TextSelection));
    m_editor->resetSelectionForegroundColor();
    m_editor->setMarginsBackgroundColor(editorColor(theme, Theme::IconBorder));
    m_editor->setMarginsForegroundColor(editorColor(theme, Theme::LineNumbers));
    m_editor->setFoldMarginColors(editorColor(theme, Theme::IconBorder), editorColor(theme, Theme::IconBorder));
    m_editor->setIndentationGuidesBackgroundColor(editorColor(theme, Theme::BackgroundColor));
    m_editor->setIndentationGuidesForegroundColor(editorColor(theme, Theme::IndentationLine));
    // The fold margin's boxes and lines, which Scintilla keeps as markers 25–31.
    for (int marker = int(QsciScintilla::SC_MARKNUM_FOLDEREND); marker <= int(QsciScintilla::SC_MARKNUM_FOLDEROPEN); ++marker) {
        m_editor->setMarkerForegroundColor(editorColor(theme, Theme::IconBorder), marker);
        m_editor->setMarkerBackgroundColor(editorColor(theme, Theme::LineNumbers), marker);
    }
    m_editor->setMarkerBackgroundColor(editorColor(theme, Theme::SearchHighlight), m_highlightMarker);
    m_editor->setMarkerBackgroundColor(editorColor(theme, Theme::BracketMatching), m_ownRegionMarker);
}

void CodePane::setZoom(int steps)
{
    m_editor->zoomTo(steps);
}

QStringList CodePane::regionsAt(int line) const
{
    QStringList names;
    for (const LinkedRegion &region : m_regions) {
        if (line >= region.firstLine && line <= region.lastLine && !names.contains(region.name))
            names.append(region.name);
    }
    return names;
}

void CodePane::activateLine(int line)
{
    const QStringList names = regionsAt(line);
    if (names == m_activeRegions)
        return;
    m_activeRegions = names;
    markRegions(names, m_ownRegionMarker);
    Q_EMIT regionsActivated(names);
}

void CodePane::highlightRegions(const QStringList &names)
{
    markRegions(names, m_highlightMarker);
    const QList<int> lines = highlightedLines();
    if (!lines.isEmpty()) {
        m_editor->ensureLineVisible(lines.constLast());
        m_editor->ensureLineVisible(lines.constFirst());
    }
}

void CodePane::markRegions(const QStringList &names, int marker)
{
    m_editor->markerDeleteAll(marker);
    for (const LinkedRegion &region : std::as_const(m_regions)) {
        if (!names.contains(region.name))
            continue;
        for (int line = region.firstLine; line <= region.lastLine; ++line)
            m_editor->markerAdd(line, marker);
    }
}

QList<int> CodePane::highlightedLines() const
{
    QList<int> lines;
    const unsigned mask = 1u << unsigned(m_highlightMarker);
    for (int line = m_editor->markerFindNext(0, mask); line >= 0; line = m_editor->markerFindNext(line + 1, mask))
        lines.append(line);
    return lines;
}

void CodePane::copyToClipboard()
{
    QApplication::clipboard()->setText(m_editor->text());
}

} // namespace Duet
