#include "CodePane.h"

#include "highlighting/SyntaxLexer.h"

#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QToolButton>
#include <QVBoxLayout>

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

namespace Duet
{

namespace
{

QColor editorColor(const KSyntaxHighlighting::Theme &theme, KSyntaxHighlighting::Theme::EditorColorRole role)
{
    return QColor::fromRgba(theme.editorColor(role));
}

void setUpHeaderButton(QToolButton *button, const QString &icon, const QString &text, const QString &toolTip,
                       const QString &accessibleName)
{
    button->setIcon(QIcon::fromTheme(icon));
    button->setText(text);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setToolTip(toolTip);
    button->setAccessibleName(accessibleName);
}

} // namespace

CodePane::CodePane(Language language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_title(new QLabel(language == Language::Python ? tr("Python") : tr("C++"), this))
    , m_fileName(new QLabel(this))
    , m_copyButton(new QToolButton(this))
    , m_revertButton(new QToolButton(this))
    , m_editedLabel(new QLabel(tr("edited"), this))
    , m_editor(new QsciScintilla(this))
    , m_lexer(
          new SyntaxLexer(language == Language::Python ? QStringLiteral("Python") : QStringLiteral("C++"), m_editor))
{
    const QString languageName = m_title->text();
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_fileName->setForegroundRole(QPalette::PlaceholderText);
    setUpHeaderButton(m_copyButton, QStringLiteral("edit-copy"), tr("Copy"),
                      tr("Copy the %1 program").arg(languageName), tr("Copy %1 code").arg(languageName));
    connect(m_copyButton, &QToolButton::clicked, this, &CodePane::copyToClipboard);
    setUpHeaderButton(m_revertButton, QStringLiteral("edit-undo"), tr("Revert to Lesson"),
                      tr("Throw away your changes to the %1 and show the lesson's version").arg(languageName),
                      tr("Revert the %1 to the lesson's version").arg(languageName));
    connect(m_revertButton, &QToolButton::clicked, this, &CodePane::revert);
    QFont italic = m_editedLabel->font();
    italic.setItalic(true);
    m_editedLabel->setFont(italic);
    m_editedLabel->setToolTip(tr("You changed this program; your version is saved as you type."));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 4, 4, 4);
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_fileName);
    header->addWidget(m_editedLabel);
    header->addStretch(1);
    header->addWidget(m_revertButton);
    header->addWidget(m_copyButton);

    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setBaseFont(font);
    m_editor->setLexer(m_lexer);
    m_editor->setUtf8(true);
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
    m_errorMarker = m_editor->markerDefine(QsciScintilla::Circle);
    m_editor->setMarkerBackgroundColor(QColor(0xda, 0x44, 0x53), m_errorMarker);
    m_editor->setMarginType(1, QsciScintilla::SymbolMargin);
    m_editor->setMarginWidth(1, 14);
    m_editor->setMarginMarkerMask(1, 1 << m_errorMarker);
    m_editor->setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (m_settingText)
            return;
        // Diagnostics belong to the text that was compiled, not to this one.
        if (m_hasDiagnostics)
            setDiagnostics({});
        // Once per keystroke: the whole text is read out of Scintilla once.
        const QString text = this->text();
        const bool edited = text != m_original;
        showEditedState(edited);
        Q_EMIT programEdited(text, edited);
    });

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
    m_original = listing.isEmpty() ? QString() : listing.text;
    m_settingText = true;
    m_editor->setText(m_original);
    m_settingText = false;
    m_editor->setReadOnly(listing.isEmpty());
    m_editor->markerDeleteAll();
    m_editor->clearAnnotations();
    m_annotatedLines = 0;
    m_hasDiagnostics = false;
    m_copyButton->setEnabled(!listing.isEmpty());
    updateEditedState();
}

void CodePane::setEditedText(const QString &text)
{
    m_settingText = true;
    m_editor->setText(text);
    m_settingText = false;
    updateEditedState();
}

bool CodePane::isEdited() const
{
    return text() != m_original;
}

void CodePane::revert()
{
    if (!isEdited())
        return;
    m_editor->setText(m_original); // emits programEdited(text, false)
}

void CodePane::updateEditedState()
{
    showEditedState(isEdited());
}

void CodePane::showEditedState(bool edited)
{
    m_editedLabel->setVisible(edited);
    m_revertButton->setVisible(edited);
}

void CodePane::setDiagnostics(const Diagnostics &diagnostics)
{
    m_editor->markerDeleteAll(m_errorMarker);
    m_editor->clearAnnotations();
    QMap<int, QStringList> messages;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.line < 1 || diagnostic.line > m_editor->lines())
            continue;
        const QString prefix = diagnostic.severity == Diagnostic::Severity::Warning ? tr("warning: ")
            : diagnostic.severity == Diagnostic::Severity::Note                     ? tr("note: ")
                                                                                    : tr("error: ");
        messages[diagnostic.line - 1].append(prefix + diagnostic.message);
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QsciStyle style(-1, QStringLiteral("diagnostic"), dark ? QColor(0xff, 0xb4, 0xab) : QColor(0x8c, 0x1d, 0x18),
                          dark ? QColor(0x4a, 0x1c, 0x1f) : QColor(0xfd, 0xec, 0xea),
                          QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (auto line = messages.cbegin(); line != messages.cend(); ++line) {
        m_editor->markerAdd(line.key(), m_errorMarker);
        m_editor->annotate(line.key(), line.value().join(QLatin1Char('\n')), style);
    }
    m_annotatedLines = int(messages.size());
    m_hasDiagnostics = !diagnostics.isEmpty();
}

void CodePane::jumpTo(int line, int column)
{
    const int index = qMax(0, column - 1);
    m_editor->setCursorPosition(qMax(0, line - 1), index);
    m_editor->ensureLineVisible(qMax(0, line - 1));
    m_editor->setFocus();
}

QString CodePane::text() const
{
    // QsciScintilla::text() copies the document a character at a time; one
    // range read is twenty times faster, which matters on every keystroke.
    const int length = m_editor->length();
    QByteArray bytes = m_editor->bytes(0, length);
    bytes.truncate(length); // bytes() adds a terminating NUL
    return QString::fromUtf8(bytes);
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
    for (int marker = int(QsciScintilla::SC_MARKNUM_FOLDEREND); marker <= int(QsciScintilla::SC_MARKNUM_FOLDEROPEN);
         ++marker) {
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
    QApplication::clipboard()->setText(text());
}

} // namespace Duet
