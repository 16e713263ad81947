#include "YamlScreening.h"

#include <algorithm>
#include <sstream>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace Duet
{

namespace
{

/// Thrown out of the event handler to stop the parse at the first problem.
struct Stop {
    YamlScreening::Refusal refusal;
};

class Screen final : public YAML::EventHandler
{
public:
    Screen(int maximumNodes, int maximumDepth)
        : m_maximumNodes(maximumNodes)
        , m_maximumDepth(maximumDepth)
    { }

    void OnDocumentStart(const YAML::Mark &) override { }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { node(mark, anchor); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        refuse(mark,
               QStringLiteral("YAML aliases (*name) are not allowed in the front matter; write the value out instead"));
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &) override
    {
        node(mark, anchor);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { --m_depth; }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { --m_depth; }
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override { refuseAnchor(mark, name); }

private:
    [[noreturn]] static void refuse(const YAML::Mark &mark, const QString &message)
    {
        throw Stop {{std::max(mark.line, 0), message}};
    }

    static void refuseAnchor(const YAML::Mark &mark, const std::string &name)
    {
        refuse(mark,
               QStringLiteral("YAML anchors (&%1) are not allowed in the front matter; write the value out instead")
                   .arg(QString::fromStdString(name)));
    }

    void node(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            refuseAnchor(mark, {});
        if (++m_nodes > m_maximumNodes)
            refuse(mark,
                   QStringLiteral("the front matter holds more than %1 values; a lesson needs far fewer")
                       .arg(m_maximumNodes));
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        node(mark, anchor);
        if (++m_depth > m_maximumDepth)
            refuse(mark,
                   QStringLiteral("the front matter nests deeper than %1 levels; a lesson needs far fewer")
                       .arg(m_maximumDepth));
    }

    int m_maximumNodes = 0;
    int m_maximumDepth = 0;
    int m_nodes = 0;
    int m_depth = 0;
};

} // namespace

std::optional<YamlScreening::Refusal> YamlScreening::check(const std::string &yaml, int maximumNodes, int maximumDepth)
{
    std::istringstream stream(yaml);
    YAML::Parser parser(stream);
    Screen screen(maximumNodes, maximumDepth);
    try {
        parser.HandleNextDocument(screen);
    } catch (const Stop &stop) {
        return stop.refusal;
    } catch (const YAML::Exception &exception) {
        return Refusal {std::max(exception.mark.line, 0),
                        QStringLiteral("invalid YAML in the front matter: %1")
                            .arg(QString::fromUtf8(exception.msg.data(), qsizetype(exception.msg.size())))};
    }
    return std::nullopt;
}

} // namespace Duet
