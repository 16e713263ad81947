#include "ProseHighlighter.h"

#include "SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QTextBlock>

namespace Duet
{

namespace
{

/// The highlighting state at the end of a code line, kept on its block so
/// that the next line of the same block continues from it.
class BlockState final : public QTextBlockUserData
{
public:
    explicit BlockState(KSyntaxHighlighting::State state, QString language)
        : state(std::move(state))
        , language(std::move(language))
    { }
    KSyntaxHighlighting::State state;
    QString language;
};

QString definitionNameFor(const QString &language)
{
    const QString lower = language.toLower();
    if (lower == QLatin1String("cpp") || lower == QLatin1String("c++") || lower == QLatin1String("cxx"))
        return QStringLiteral("C++");
    if (lower == QLatin1String("python") || lower == QLatin1String("py") || lower == QLatin1String("python3"))
        return QStringLiteral("Python");
    if (lower == QLatin1String("sh") || lower == QLatin1String("shell") || lower == QLatin1String("bash"))
        return QStringLiteral("Bash");
    return language;
}

} // namespace

ProseHighlighter::ProseHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

ProseHighlighter::~ProseHighlighter() = default;

void ProseHighlighter::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    AbstractHighlighter::setTheme(theme);
    rehighlight();
}

void ProseHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    const QString language = block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
    if (language.isEmpty())
        return;
    const KSyntaxHighlighting::Definition definition
        = syntaxRepository().definitionForName(definitionNameFor(language));
    if (!definition.isValid())
        return;
    if (AbstractHighlighter::definition() != definition)
        setDefinition(definition);

    // A code block's lines are consecutive blocks of the same language.
    KSyntaxHighlighting::State state;
    if (const auto *previous = dynamic_cast<const BlockState *>(block.previous().userData()); previous
        && previous->language == language
        && block.previous().blockFormat().stringProperty(QTextFormat::BlockCodeLanguage) == language)
        state = previous->state;
    state = highlightLine(text, state);

    const auto *stored = dynamic_cast<const BlockState *>(block.userData());
    if (!stored || stored->state != state || stored->language != language) {
        setCurrentBlockUserData(new BlockState(state, language));
        // A changed end state must reach the next line of the block.
        setCurrentBlockState(currentBlockState() + 1);
    }
}

void ProseHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (format.isDefaultTextStyle(theme()))
        return;
    QTextCharFormat charFormat;
    if (format.hasTextColor(theme()))
        charFormat.setForeground(format.textColor(theme()));
    if (format.hasBackgroundColor(theme()))
        charFormat.setBackground(format.backgroundColor(theme()));
    if (format.isBold(theme()))
        charFormat.setFontWeight(QFont::Bold);
    if (format.isItalic(theme()))
        charFormat.setFontItalic(true);
    setFormat(offset, length, charFormat);
}

} // namespace Duet
