#include "FrontMatter.h"

#include "YamlScreening.h"

#include <QRegularExpression>
#include <QVariantList>

#include <algorithm>

#include <yaml-cpp/yaml.h>

namespace Duet
{

namespace
{

struct Line {
    qsizetype begin = 0;
    qsizetype end = 0; // past the line's last character, before any "\r\n"
    qsizetype next = 0;
};

Line lineAt(const QByteArray &text, qsizetype begin)
{
    qsizetype newline = text.indexOf('\n', begin);
    const qsizetype next = newline < 0 ? text.size() : newline + 1;
    if (newline < 0)
        newline = text.size();
    if (newline > begin && text.at(newline - 1) == '\r')
        --newline;
    return {begin, newline, next};
}

bool isDelimiter(const QByteArray &text, const Line &line, bool closing)
{
    const QByteArray content = text.mid(line.begin, line.end - line.begin).trimmed();
    return content == "---" || (closing && content == "...");
}

QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Recursive, but over a tree YamlScreening has bounded in depth and size,
/// with no aliases that could make it a graph.
QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return toQString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        list.reserve(qsizetype(node.size()));
        for (const YAML::Node &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &entry : node)
            map.insert(toQString(entry.first.Scalar()), toVariant(entry.second));
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

std::optional<FrontMatter::PythonBlocks> pythonBlocksNamed(const QString &value)
{
    if (value == QLatin1String("run"))
        return FrontMatter::PythonBlocks::Run;
    if (value == QLatin1String("norun"))
        return FrontMatter::PythonBlocks::NoRun;
    return std::nullopt;
}

class Reader
{
public:
    Reader(FrontMatter &result, const QString &fileName, int firstYamlLine, Diagnostics &errors)
        : m_result(result)
        , m_fileName(fileName)
        , m_firstYamlLine(firstYamlLine)
        , m_errors(errors)
    { }

    void read(const YAML::Node &root)
    {
        // An empty block (`---` and `---`) sets nothing and is no error: every
        // key is optional.
        if (root.IsNull())
            return;
        if (!root.IsMap()) {
            error(lineOf(root), QStringLiteral("the front matter must be a mapping of keys to values"));
            return;
        }
        m_result.metadata = toVariant(root).toMap();
        m_result.title = scalar(root, "title");
        m_result.id = scalar(root, "id");
        if (root["id"])
            m_result.idLine = lineOf(root["id"]);
        m_result.description = scalar(root, "description");
        m_result.date = scalar(root, "date");
        m_result.category = scalar(root, "category");
        if (root["title"] && m_result.title.trimmed().isEmpty())
            error(lineOf(root["title"]), QStringLiteral("the title is empty"));
        if (const YAML::Node order = root["order"])
            readOrder(order);
        if (const YAML::Node blocks = root["python-blocks"]) {
            if (const auto value = readPythonBlocks(blocks))
                m_result.pythonBlocks = *value;
        }
        if (const YAML::Node sections = root["sections"])
            readSections(sections);
    }

private:
    int lineOf(const YAML::Node &node) const { return m_firstYamlLine + std::max(node.Mark().line, 0); }

    void error(int line, const QString &message) { m_errors.append(Diagnostic::error(m_fileName, line, message)); }

    QString scalar(const YAML::Node &root, const char *key)
    {
        const YAML::Node node = root[key];
        if (!node || node.IsNull())
            return {};
        if (!node.IsScalar()) {
            error(lineOf(node), QStringLiteral("'%1' must be a single value").arg(QLatin1String(key)));
            return {};
        }
        return toQString(node.Scalar());
    }

    void readOrder(const YAML::Node &node)
    {
        bool ok = false;
        const QString text = node.IsScalar() ? toQString(node.Scalar()).trimmed() : QString();
        const int value = text.toInt(&ok);
        if (!ok) {
            error(lineOf(node),
                  QStringLiteral("'order' must be a whole number (lower comes first), not '%1'")
                      .arg(node.IsScalar() ? text : QStringLiteral("a list or mapping")));
            return;
        }
        m_result.order = value;
    }

    std::optional<FrontMatter::PythonBlocks> readPythonBlocks(const YAML::Node &node)
    {
        const QString text = node.IsScalar() ? toQString(node.Scalar()).trimmed() : QString();
        const auto value = pythonBlocksNamed(text);
        if (!value)
            error(lineOf(node), QStringLiteral("'python-blocks' is 'run' or 'norun', not '%1'").arg(text));
        return value;
    }

    QStringList readVaryingOutput(const YAML::Node &varying)
    {
        QStringList patterns;
        if (!varying.IsSequence()) {
            error(lineOf(varying), QStringLiteral("'varying-output' must be a list of regular expressions"));
            return patterns;
        }
        for (const YAML::Node &pattern : varying) {
            const QString text = pattern.IsScalar() ? toQString(pattern.Scalar()) : QString();
            const QRegularExpression expression(text);
            if (text.isEmpty() || !expression.isValid()) {
                error(lineOf(pattern),
                      QStringLiteral("'%1' is not a valid regular expression: %2")
                          .arg(text, text.isEmpty() ? QStringLiteral("it is empty") : expression.errorString()));
                continue;
            }
            patterns.append(text);
        }
        return patterns;
    }

    QStringList readHints(const YAML::Node &hints)
    {
        QStringList texts;
        if (!hints.IsSequence()) {
            error(lineOf(hints), QStringLiteral("'hints' must be a list of texts, revealed one at a time"));
            return texts;
        }
        for (const YAML::Node &hint : hints) {
            const QString text = hint.IsScalar() ? toQString(hint.Scalar()).trimmed() : QString();
            if (text.isEmpty()) {
                error(lineOf(hint),
                      hint.IsScalar() ? QStringLiteral("a hint is empty")
                                      : QStringLiteral("a hint must be a text (Markdown), not a list "
                                                       "or a mapping"));
                continue;
            }
            texts.append(text);
        }
        return texts;
    }

    void readSections(const YAML::Node &sections)
    {
        if (!sections.IsMap()) {
            error(lineOf(sections), QStringLiteral("'sections' must map section ids to their settings"));
            return;
        }
        for (const auto &entry : sections) {
            const QString sectionId = toQString(entry.first.Scalar());
            FrontMatter::SectionSettings settings;
            settings.line = lineOf(entry.first);
            if (!entry.second.IsMap()) {
                error(settings.line, QStringLiteral("the settings of section '%1' must be a mapping").arg(sectionId));
            } else {
                if (const YAML::Node varying = entry.second["varying-output"])
                    settings.varyingOutput = readVaryingOutput(varying);
                if (const YAML::Node hints = entry.second["hints"])
                    settings.hints = readHints(hints);
                if (const YAML::Node blocks = entry.second["python-blocks"])
                    settings.pythonBlocks = readPythonBlocks(blocks);
            }
            m_result.sections.insert(sectionId, settings);
        }
    }

    FrontMatter &m_result;
    const QString &m_fileName;
    int m_firstYamlLine = 2;
    Diagnostics &m_errors;
};

} // namespace

FrontMatter FrontMatter::parse(const QByteArray &text, const QString &fileName, Diagnostics &errors)
{
    FrontMatter result;
    const Line opening = lineAt(text, 0);
    // Front matter is optional: a file that does not open with `---` is all
    // Markdown.
    if (!isDelimiter(text, opening, false))
        return result;
    result.present = true;

    int lineNumber = 2;
    for (Line line = lineAt(text, opening.next); line.begin < text.size();
         line = lineAt(text, line.next), ++lineNumber) {
        if (!isDelimiter(text, line, true))
            continue;
        result.bodyOffset = line.next;
        result.bodyLine = lineNumber + 1;
        const qsizetype yamlSize = line.begin - opening.next;
        if (yamlSize > maximumBytes) {
            errors.append({fileName, 1, 0, Diagnostic::Severity::Error,
                           QStringLiteral("the front matter is %1 bytes; it may be at most %2 KiB")
                               .arg(yamlSize)
                               .arg(maximumBytes / 1024)});
            return result;
        }
        const std::string yaml = text.mid(opening.next, yamlSize).toStdString();
        if (const auto refusal = YamlScreening::check(yaml, maximumNodes, maximumDepth)) {
            errors.append({fileName, 2 + refusal->line, 0, Diagnostic::Severity::Error, refusal->message});
            return result;
        }
        try {
            Reader(result, fileName, 2, errors).read(YAML::Load(yaml));
        } catch (const YAML::Exception &exception) {
            errors.append({fileName, 2 + std::max(exception.mark.line, 0), 0, Diagnostic::Severity::Error,
                           QStringLiteral("invalid YAML in the front matter: %1").arg(toQString(exception.msg))});
        }
        return result;
    }

    errors.append({fileName, 1, 0, Diagnostic::Severity::Error,
                   QStringLiteral("the front matter opened here is never closed with a '---' line")});
    result.bodyOffset = text.size();
    result.bodyLine = lineNumber;
    return result;
}

} // namespace Duet
