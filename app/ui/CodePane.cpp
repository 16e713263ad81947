#include "CodePane.h"

#include "AutoIndenter.h"
#include "ThemeColours.h"
#include "highlighting/SyntaxLexer.h"

#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

namespace Duet
{

namespace
{

using Role = ThemeColours::Role;

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

/// "cpp/x.cpp" for a built-in lesson's `:/lessons/<id>/cpp/x.cpp`.
QString displayedFileName(const QString &fileName)
{
    static const QString builtIn = QStringLiteral(":/lessons/");
    if (!fileName.startsWith(builtIn))
        return QFileInfo(fileName).fileName();
    const qsizetype lessonEnd = fileName.indexOf(QLatin1Char('/'), builtIn.size());
    return lessonEnd < 0 ? fileName.mid(builtIn.size()) : fileName.mid(lessonEnd + 1);
}

QHash<QString, int> lineCounts(const QString &text)
{
    QHash<QString, int> counts;
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    for (const QStringView line : lines)
        ++counts[line.trimmed().toString()];
    return counts;
}

/// Lines present in `from` more often than in `to`.
int linesMissing(const QHash<QString, int> &from, const QHash<QString, int> &to)
{
    int missing = 0;
    for (auto line = from.cbegin(); line != from.cend(); ++line)
        missing += qMax(0, line.value() - to.value(line.key()));
    return missing;
}

} // namespace

CodePane::CodePane(Language language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_title(new QLabel(languageName(), this))
    , m_source(new QLabel(this))
    , m_editedLabel(new QLabel(tr("edited"), this))
    , m_revertButton(new QToolButton(this))
    , m_copyButton(new QToolButton(this))
    , m_editor(new QsciScintilla(this))
    , m_lexer(
          new SyntaxLexer(language == Language::Python ? QStringLiteral("Python") : QStringLiteral("C++"), m_editor))
    , m_indenter(new AutoIndenter(m_editor, language))
{
    const QString name = languageName();
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setUpHeaderButton(m_copyButton, QStringLiteral("edit-copy"), tr("Copy"), tr("Copy the %1 program").arg(name),
                      tr("Copy the %1 program").arg(name));
    connect(m_copyButton, &QToolButton::clicked, this, &CodePane::copyToClipboard);
    m_copiedFeedback.setSingleShot(true);
    m_copiedFeedback.setInterval(1500);
    connect(&m_copiedFeedback, &QTimer::timeout, this, [this] {
        m_copyButton->setText(tr("Copy"));
        m_copyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    });
    setUpHeaderButton(m_revertButton, QStringLiteral("document-revert"), tr("Revert…"), revertToolTip(),
                      tr("Revert the %1 to the lesson's version").arg(name));
    connect(m_revertButton, &QToolButton::clicked, this, [this] {
        if (confirmRevert(this, {this}))
            revert();
    });
    QFont italic = m_editedLabel->font();
    italic.setItalic(true);
    m_editedLabel->setFont(italic);
    m_editedLabel->setToolTip(tr("You changed this program; your version is saved as you type."));

    // Revert sits with the "edited" mark it undoes, away from Copy.
    auto *header = m_header = new QHBoxLayout;
    header->setContentsMargins(8, 2, 4, 2);
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_source, 1);
    header->addWidget(m_editedLabel);
    header->addWidget(m_revertButton);
    header->addSpacing(12);
    header->addWidget(m_copyButton);
    m_source->setMinimumWidth(0);
    m_source->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_lexer->setBaseFont(font);
    m_editor->setLexer(m_lexer);
    m_editor->setUtf8(true);
    m_editor->setEolMode(QsciScintilla::EolUnix);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginsFont(font);
    m_editor->setMarginWidth(0, QStringLiteral("0000"));
    m_editor->setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    m_editor->setIndentationGuides(true);
    m_editor->setTabWidth(4);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_editor->setAccessibleName(tr("%1 code").arg(name));
    // The horizontal scrollbar appears only when a line is wider than the pane.
    m_editor->SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTHTRACKING, 1L);
    m_editor->SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTH, 1L);
    m_editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_anchorMarker = m_editor->markerDefine(QsciScintilla::Invisible);
    m_highlightMarker = m_editor->markerDefine(QsciScintilla::Background);
    m_highlightEdgeMarker = m_editor->markerDefine(QsciScintilla::LeftRectangle);
    m_ownEdgeMarker = m_editor->markerDefine(QsciScintilla::LeftRectangle);
    m_errorMarker = m_editor->markerDefine(QsciScintilla::Circle);
    m_warningMarker = m_editor->markerDefine(QsciScintilla::Circle);
    m_editor->setMarginType(1, QsciScintilla::SymbolMargin);
    m_editor->setMarginWidth(1, 14);
    m_editor->setMarginMarkerMask(
        1, (1 << m_errorMarker) | (1 << m_warningMarker) | (1 << m_highlightEdgeMarker) | (1 << m_ownEdgeMarker));
    m_editor->setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    // Find matches: a full box of the theme's match colour, under the text.
    m_editor->SendScintilla(QsciScintilla::SCI_INDICSETSTYLE, static_cast<unsigned long>(searchIndicator),
                            static_cast<long>(QsciScintilla::INDIC_FULLBOX));
    m_editor->SendScintilla(QsciScintilla::SCI_INDICSETUNDER, static_cast<unsigned long>(searchIndicator), 1L);
    m_editor->SendScintilla(QsciScintilla::SCI_INDICSETALPHA, static_cast<unsigned long>(searchIndicator), 255L);
    m_editor->installEventFilter(this);

    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (m_settingText)
            return;
        // Diagnostics belong to the text that was compiled, not to this one.
        if (!m_diagnostics.isEmpty())
            setDiagnostics({});
        // Once per keystroke: the whole text is read out of Scintilla once.
        const QString text = this->text();
        const bool edited = text != m_original;
        showEditedState(edited);
        // A region whose lines were deleted stops lighting up.
        if (!m_highlightedRegions.isEmpty())
            markRegions(m_highlightedRegions, m_highlightMarker, m_highlightEdgeMarker);
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
    showEditedState(false);
}

QString CodePane::revertToolTip() const
{
    return tr("Bring back the lesson's version of the %1 (Undo brings yours back)").arg(languageName());
}

QString CodePane::languageName() const
{
    return m_language == Language::Python ? tr("Python") : tr("C++");
}

void CodePane::showText(const QString &text)
{
    m_settingText = true;
    m_editor->setText(text); // also forgets the undo history
    m_settingText = false;
    fitScrollWidth();
}

void CodePane::fitScrollWidth()
{
    // Scintilla learns the widest line only as it paints, and widens its
    // scroll range on a timer after that; measured here, the scrollbar is
    // right from the first frame (and in a screenshot). Growing while the
    // learner types is left to Scintilla's tracking.
    QString widest;
    qsizetype widestColumns = 0;
    const int tabWidth = m_editor->tabWidth();
    const auto lines = QStringView(m_editor->text()).split(QLatin1Char('\n'));
    for (const QStringView line : lines) {
        qsizetype columns = 0;
        for (const QChar character : line)
            columns = character == QLatin1Char('\t') ? (columns / tabWidth + 1) * tabWidth : columns + 1;
        if (columns > widestColumns) {
            widestColumns = columns;
            widest = line.toString();
        }
    }
    widest.replace(QLatin1Char('\t'), QString(tabWidth, QLatin1Char(' ')));
    // Two characters more than measured: never narrower than what painting
    // finds (bold and italic styles), so tracking has nothing to add later.
    widest += QStringLiteral("  ");
    const QByteArray bytes = widest.toUtf8();
    const long width = widest.isEmpty()
        ? 1
        : m_editor->SendScintilla(QsciScintilla::SCI_TEXTWIDTH,
                                  static_cast<unsigned long>(QsciScintilla::STYLE_DEFAULT), bytes.constData());
    m_editor->SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTH, static_cast<unsigned long>(qMax(1L, width)));
}

void CodePane::setListing(const CodeListing &listing)
{
    if (listing.isEmpty()) {
        m_source->setText(tr("no %1 in this section").arg(languageName()));
        m_source->setToolTip({});
    } else {
        const QString file = displayedFileName(listing.fileName);
        QString source = file;
        if (!listing.sourceLines.isEmpty() && listing.sourceLines.constFirst() != 1)
            source = tr("%1, lines %2–%3")
                         .arg(file)
                         .arg(listing.sourceLines.constFirst())
                         .arg(listing.sourceLines.constLast());
        m_source->setText(source);
        m_source->setToolTip(listing.fileName.startsWith(QLatin1Char(':'))
                                 ? tr("Built into Duet: %1").arg(listing.fileName.mid(2))
                                 : listing.fileName);
    }
    m_revertButton->setToolTip(revertToolTip());
    m_activeRegions.clear();
    m_highlightedRegions.clear();
    m_original = listing.isEmpty() ? QString() : listing.text;
    showText(m_original);
    m_editor->setReadOnly(listing.isEmpty());
    m_editor->markerDeleteAll();
    m_editor->clearAnnotations();
    m_annotatedLines = 0;
    m_diagnostics.clear();
    m_copyButton->setEnabled(!listing.isEmpty());
    trackRegions(listing.regions);
    // A new program starts at its top-left, whatever the last one scrolled to.
    m_editor->SendScintilla(QsciScintilla::SCI_SETXOFFSET, 0L);
    m_editor->setCursorPosition(0, 0);
    m_editor->SendScintilla(QsciScintilla::SCI_SETFIRSTVISIBLELINE, 0L);
    showEditedState(false);
}

void CodePane::addHeaderWidget(QWidget *widget)
{
    m_header->insertWidget(m_header->indexOf(m_copyButton), widget);
}

void CodePane::describeOrigin(const QString &source, const QString &sourceToolTip, const QString &revertToolTip)
{
    m_source->setText(source);
    m_source->setToolTip(sourceToolTip);
    m_revertButton->setToolTip(revertToolTip);
}

QString CodePane::originText() const
{
    return m_source->text();
}

void CodePane::setEditedText(const QString &text)
{
    showText(text);
    showEditedState(isEdited());
}

bool CodePane::isEdited() const
{
    return text() != m_original;
}

int CodePane::changedLineCount() const
{
    const QHash<QString, int> original = lineCounts(m_original);
    const QHash<QString, int> edited = lineCounts(text());
    return linesMissing(original, edited) + linesMissing(edited, original);
}

bool CodePane::confirmRevert(QWidget *parent, const QList<const CodePane *> &panes)
{
    int changed = 0;
    QStringList names;
    for (const CodePane *pane : panes) {
        if (!pane->isEdited())
            continue;
        changed += pane->changedLineCount();
        names.append(pane->languageName());
    }
    if (changed <= largeEditLines)
        return true;
    QMessageBox question(QMessageBox::Question, tr("Revert to the Lesson's Version?"),
                         tr("Your changes to the %1 touch %n line(s). Revert brings back the lesson's version; "
                            "Edit ▸ Undo (Ctrl+Z) in the pane brings yours back.",
                            nullptr, changed)
                             .arg(names.join(tr(" and "))),
                         QMessageBox::Cancel, parent);
    QPushButton *revert = question.addButton(tr("Revert"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    return question.clickedButton() == revert;
}

void CodePane::revert()
{
    if (!isEdited())
        return;
    // One undoable action, not setText(), which forgets the undo history.
    m_editor->beginUndoAction();
    m_editor->selectAll();
    m_editor->replaceSelectedText(m_original); // emits programEdited(text, false)
    m_editor->endUndoAction();
    m_editor->setCursorPosition(0, 0);
}

void CodePane::showEditedState(bool edited)
{
    m_editedLabel->setVisible(edited);
    m_revertButton->setVisible(edited);
}

CodePane::ViewState CodePane::viewState() const
{
    ViewState state;
    m_editor->getCursorPosition(&state.cursorLine, &state.cursorIndex);
    state.firstVisibleLine = int(m_editor->SendScintilla(QsciScintilla::SCI_GETFIRSTVISIBLELINE));
    state.horizontalOffset = int(m_editor->SendScintilla(QsciScintilla::SCI_GETXOFFSET));
    return state;
}

void CodePane::restoreViewState(const ViewState &state)
{
    m_editor->setCursorPosition(state.cursorLine, state.cursorIndex);
    m_editor->SendScintilla(QsciScintilla::SCI_SETFIRSTVISIBLELINE, static_cast<unsigned long>(state.firstVisibleLine));
    m_editor->SendScintilla(QsciScintilla::SCI_SETXOFFSET, static_cast<unsigned long>(state.horizontalOffset));
}

void CodePane::setDiagnostics(const Diagnostics &diagnostics)
{
    m_editor->markerDeleteAll(m_errorMarker);
    m_editor->markerDeleteAll(m_warningMarker);
    m_editor->clearAnnotations();
    m_diagnostics = diagnostics;
    struct Line {
        QStringList messages;
        Diagnostic::Severity worst = Diagnostic::Severity::Note;
    };
    QMap<int, Line> lines;
    for (const Diagnostic &diagnostic : diagnostics) {
        if (diagnostic.line < 1 || diagnostic.line > m_editor->lines())
            continue;
        const QString prefix = diagnostic.severity == Diagnostic::Severity::Warning ? tr("warning: ")
            : diagnostic.severity == Diagnostic::Severity::Note                     ? tr("note: ")
                                                                                    : tr("error: ");
        Line &line = lines[diagnostic.line - 1];
        line.messages.append(prefix + diagnostic.message);
        // Error < Warning < Note in the enum: the lowest is the worst.
        line.worst = std::min(line.worst, diagnostic.severity);
    }
    const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QsciStyle errorStyle(-1, QStringLiteral("error"), m_errorText, m_errorBackground, font);
    const QsciStyle warningStyle(-1, QStringLiteral("warning"), m_warningText, m_warningBackground, font);
    const QsciStyle noteStyle(-1, QStringLiteral("note"), m_noteText, m_noteBackground, font);
    for (auto line = lines.cbegin(); line != lines.cend(); ++line) {
        const Diagnostic::Severity worst = line.value().worst;
        m_editor->markerAdd(line.key(), worst == Diagnostic::Severity::Error ? m_errorMarker : m_warningMarker);
        const QsciStyle &style = worst == Diagnostic::Severity::Error ? errorStyle
            : worst == Diagnostic::Severity::Warning                  ? warningStyle
                                                                      : noteStyle;
        m_editor->annotate(line.key(), line.value().messages.join(QLatin1Char('\n')), style);
    }
    m_annotatedLines = int(lines.size());
}

void CodePane::jumpTo(int line, int column)
{
    const int index = qMax(0, column - 1);
    m_editor->setCursorPosition(qMax(0, line - 1), index);
    m_editor->ensureLineVisible(qMax(0, line - 1));
    m_editor->setFocus(Qt::OtherFocusReason);
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

void CodePane::applyTheme(const KSyntaxHighlighting::Theme &theme, const ThemeColours &colours)
{
    using Theme = KSyntaxHighlighting::Theme;
    m_lexer->setTheme(theme);
    const QColor background = colours.colour(Role::Background);
    const QColor border = editorColor(theme, Theme::IconBorder);
    m_editor->setPaper(background);
    m_editor->setColor(QColor::fromRgba(theme.textColor(Theme::Normal)));
    m_editor->setCaretForegroundColor(colours.colour(Role::Text));
    m_editor->setCaretLineBackgroundColor(editorColor(theme, Theme::CurrentLine));
    m_editor->setSelectionBackgroundColor(editorColor(theme, Theme::TextSelection));
    m_editor->resetSelectionForegroundColor();
    m_editor->setMarginsBackgroundColor(border);
    m_editor->setMarginsForegroundColor(editorColor(theme, Theme::LineNumbers));
    m_editor->setFoldMarginColors(border, border);
    m_editor->setIndentationGuidesBackgroundColor(background);
    m_editor->setIndentationGuidesForegroundColor(editorColor(theme, Theme::IndentationLine));
    // The fold margin's boxes and lines, which Scintilla keeps as markers 25–31.
    for (int marker = int(QsciScintilla::SC_MARKNUM_FOLDEREND); marker <= int(QsciScintilla::SC_MARKNUM_FOLDEROPEN);
         ++marker) {
        m_editor->setMarkerForegroundColor(border, marker);
        m_editor->setMarkerBackgroundColor(editorColor(theme, Theme::LineNumbers), marker);
    }
    m_editor->setMarkerBackgroundColor(colours.colour(Role::LinkedRegion), m_highlightMarker);
    m_editor->setMarkerBackgroundColor(colours.colour(Role::LinkedRegionEdge), m_highlightEdgeMarker);
    m_editor->setMarkerForegroundColor(colours.colour(Role::LinkedRegionEdge), m_highlightEdgeMarker);
    m_editor->setMarkerBackgroundColor(colours.colour(Role::DimText), m_ownEdgeMarker);
    m_editor->setMarkerForegroundColor(colours.colour(Role::DimText), m_ownEdgeMarker);
    m_editor->setMarkerBackgroundColor(colours.colour(Role::ErrorMarker), m_errorMarker);
    m_editor->setMarkerForegroundColor(colours.colour(Role::ErrorMarker), m_errorMarker);
    m_editor->setMarkerBackgroundColor(colours.colour(Role::WarningMarker), m_warningMarker);
    m_editor->setMarkerForegroundColor(colours.colour(Role::WarningMarker), m_warningMarker);
    m_editor->setMatchedBraceBackgroundColor(colours.colour(Role::BraceMatch));
    m_editor->setMatchedBraceForegroundColor(colours.colour(Role::Text));
    m_editor->setUnmatchedBraceBackgroundColor(colours.colour(Role::ErrorBackground));
    m_editor->setUnmatchedBraceForegroundColor(colours.colour(Role::ErrorText));
    m_editor->SendScintilla(QsciScintilla::SCI_INDICSETFORE, static_cast<unsigned long>(searchIndicator),
                            colours.colour(Role::SearchMatch));
    m_errorText = colours.colour(Role::ErrorText);
    m_errorBackground = colours.colour(Role::ErrorBackground);
    m_warningText = colours.colour(Role::WarningText);
    m_warningBackground = colours.colour(Role::WarningBackground);
    m_noteText = colours.colour(Role::NoteText);
    m_noteBackground = colours.colour(Role::NoteBackground);
    // Annotations already shown take the new colours.
    if (!m_diagnostics.isEmpty())
        setDiagnostics(Diagnostics(m_diagnostics));
}

void CodePane::setZoom(int steps)
{
    m_editor->zoomTo(steps);
    fitScrollWidth();
}

void CodePane::trackRegions(const QList<LinkedRegion> &regions)
{
    m_regions.clear();
    const QStringList lines = m_original.split(QLatin1Char('\n'));
    for (const LinkedRegion &region : regions) {
        if (region.firstLine < 0 || region.lastLine < region.firstLine || region.lastLine >= lines.size())
            continue;
        TrackedRegion tracked;
        tracked.name = region.name;
        tracked.firstHandle = m_editor->markerAdd(region.firstLine, m_anchorMarker);
        tracked.lastHandle = m_editor->markerAdd(region.lastLine, m_anchorMarker);
        for (int line = region.firstLine; line <= region.lastLine; ++line) {
            const QString text = lines.at(line).trimmed();
            if (!text.isEmpty())
                tracked.lines.insert(text);
        }
        m_regions.append(tracked);
    }
}

std::optional<std::pair<int, int>> CodePane::regionLines(const TrackedRegion &region) const
{
    const int first = m_editor->markerLine(region.firstHandle);
    const int last = m_editor->markerLine(region.lastHandle);
    if (first < 0 || last < first)
        return std::nullopt;
    // Scintilla moves the markers of deleted lines onto the line above; a
    // region none of whose own lines are left is gone.
    for (int line = first; line <= last; ++line) {
        QString text = m_editor->text(line).trimmed();
        if (region.lines.contains(text))
            return std::pair {first, last};
    }
    return std::nullopt;
}

QStringList CodePane::regionsAt(int line) const
{
    QStringList names;
    for (const TrackedRegion &region : m_regions) {
        const auto lines = regionLines(region);
        if (lines && line >= lines->first && line <= lines->second && !names.contains(region.name))
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
    // Its own region gets only a bar in the margin: a band would be cut by
    // the cursor line.
    markRegions(names, -1, m_ownEdgeMarker);
    Q_EMIT regionsActivated(names);
}

void CodePane::highlightRegions(const QStringList &names)
{
    m_highlightedRegions = names;
    markRegions(names, m_highlightMarker, m_highlightEdgeMarker);
    const QList<int> lines = highlightedLines();
    if (!lines.isEmpty()) {
        m_editor->ensureLineVisible(lines.constLast());
        m_editor->ensureLineVisible(lines.constFirst());
    }
}

void CodePane::markRegions(const QStringList &names, int bandMarker, int edgeMarker)
{
    if (bandMarker >= 0)
        m_editor->markerDeleteAll(bandMarker);
    m_editor->markerDeleteAll(edgeMarker);
    for (const TrackedRegion &region : std::as_const(m_regions)) {
        if (!names.contains(region.name))
            continue;
        const auto lines = regionLines(region);
        if (!lines)
            continue;
        for (int line = lines->first; line <= lines->second; ++line) {
            if (bandMarker >= 0)
                m_editor->markerAdd(line, bandMarker);
            m_editor->markerAdd(line, edgeMarker);
        }
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
    m_copyButton->setText(tr("Copied"));
    m_copyButton->setIcon(QIcon::fromTheme(QStringLiteral("dialog-ok-apply")));
    m_copiedFeedback.start();
    Q_EMIT copied();
}

void CodePane::leaveEditor(bool forward)
{
    QWidget *next = forward ? m_editor->nextInFocusChain() : m_editor->previousInFocusChain();
    while (next && next != m_editor) {
        const bool takesTab = (next->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
        if (takesTab && next->isVisible() && next->isEnabled() && !m_editor->isAncestorOf(next))
            break;
        next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
    }
    if (next && next != m_editor)
        next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

bool CodePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn:
        // The cursor line shows where typing goes, in the pane that has it.
        m_editor->setCaretLineVisible(true);
        break;
    case QEvent::FocusOut:
        m_editor->setCaretLineVisible(false);
        m_escapePending = false;
        break;
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Shift || key->key() == Qt::Key_Control || key->key() == Qt::Key_Alt
            || key->key() == Qt::Key_Meta)
            break;
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        const bool plain = (key->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier;
        if (tab && plain && m_escapePending) {
            m_escapePending = false;
            leaveEditor(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
        m_escapePending = key->key() == Qt::Key_Escape;
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Duet
