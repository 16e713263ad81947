#include "FrontMatter.h"

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

QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return toQString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
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
        if (!root.IsMap()) {
            if (root.IsNull())
                error(m_firstYamlLine - 1, QStringLiteral("the front matter is empty; it needs at least a title"));
            else
                error(lineOf(root), QStringLiteral("the front matter must be a mapping of keys to values"));
            return;
        }
        m_result.metadata = toVariant(root).toMap();
        m_result.title = scalar(root, "title");
        m_result.id = scalar(root, "id");
        m_result.description = scalar(root, "description");
        m_result.date = scalar(root, "date");
        m_result.category = scalar(root, "category");
        if (m_result.title.trimmed().isEmpty() && !root["title"])
            error(m_firstYamlLine - 1, QStringLiteral("the front matter has no title"));
        else if (m_result.title.trimmed().isEmpty())
            error(lineOf(root["title"]), QStringLiteral("the title is empty"));
        if (const YAML::Node sections = root["sections"])
            readSections(sections);
    }

private:
    int lineOf(const YAML::Node &node) const { return m_firstYamlLine + std::max(node.Mark().line, 0); }

    void error(int line, const QString &message)
    {
        m_errors.append({m_fileName, line, 0, Diagnostic::Severity::Error, message});
    }

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
            const YAML::Node varying = entry.second.IsMap() ? entry.second["varying-output"] : YAML::Node();
            if (!entry.second.IsMap()) {
                error(settings.line, QStringLiteral("the settings of section '%1' must be a mapping").arg(sectionId));
            } else if (varying && !varying.IsSequence()) {
                error(lineOf(varying), QStringLiteral("'varying-output' must be a list of regular expressions"));
            } else if (varying) {
                for (const YAML::Node &pattern : varying) {
                    const QString text = pattern.IsScalar() ? toQString(pattern.Scalar()) : QString();
                    const QRegularExpression expression(text);
                    if (text.isEmpty() || !expression.isValid()) {
                        error(
                            lineOf(pattern),
                            QStringLiteral("'%1' is not a valid regular expression: %2")
                                .arg(text, text.isEmpty() ? QStringLiteral("it is empty") : expression.errorString()));
                        continue;
                    }
                    settings.varyingOutput.append(text);
                }
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
    if (!isDelimiter(text, opening, false)) {
        errors.append({fileName, 1, 0, Diagnostic::Severity::Error,
                       QStringLiteral("lesson.md must begin with a front matter block: a '---' line, "
                                      "YAML with at least a title, and another '---' line")});
        return result;
    }

    int lineNumber = 2;
    for (Line line = lineAt(text, opening.next); line.begin < text.size();
         line = lineAt(text, line.next), ++lineNumber) {
        if (!isDelimiter(text, line, true))
            continue;
        result.bodyOffset = line.next;
        result.bodyLine = lineNumber + 1;
        const QByteArray yaml = text.mid(opening.next, line.begin - opening.next);
        try {
            Reader(result, fileName, 2, errors).read(YAML::Load(yaml.toStdString()));
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
