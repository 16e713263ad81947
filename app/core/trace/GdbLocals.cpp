#include "GdbLocals.h"

#include <QHash>

#include <algorithm>

namespace Duet
{

namespace
{

quint64 address(const QString &text)
{
    bool ok = false;
    const quint64 value = text.toULongLong(&ok, 0);
    return ok ? value : 0;
}

} // namespace

void GdbLocals::setDeclarations(const GdbMiValue &reply)
{
    m_declarations.clear();
    for (const GdbMiValue &entry : reply[u"variables"].values()) {
        Declaration declaration;
        declaration.start = address(entry[u"start"].string());
        declaration.end = address(entry[u"end"].string());
        declaration.name = entry[u"name"].string();
        declaration.line = entry[u"line"].string().toInt();
        declaration.argument = entry[u"argument"].string() == QLatin1String("1");
        if (declaration.end > declaration.start && !declaration.name.isEmpty())
            m_declarations.append(declaration);
    }
}

const GdbLocals::Declaration *GdbLocals::find(const QString &name, quint64 pc, int skip) const
{
    // gdb lists a name once per block that declares it, innermost first;
    // the n-th listing of a name is the n-th innermost declaration.
    QList<const Declaration *> candidates;
    for (const Declaration &declaration : m_declarations) {
        if (declaration.name == name && pc >= declaration.start && pc < declaration.end)
            candidates.append(&declaration);
    }
    std::ranges::sort(candidates, [](const Declaration *left, const Declaration *right) {
        return left->end - left->start < right->end - right->start;
    });
    return skip < candidates.size() ? candidates.at(skip) : nullptr;
}

QList<TraceVariable> GdbLocals::visible(const GdbMiValue &variables, quint64 pc, int line, int maxValueLength) const
{
    struct Shown {
        TraceVariable variable;
        bool argument = false;
        int line = 0;
    };
    QList<Shown> shown;
    QHash<QString, int> seen;
    for (const GdbMiValue &variable : variables.values()) {
        const QString name = variable[u"name"].string();
        const int occurrence = seen[name]++;
        bool argument = variable[u"arg"].string() == QLatin1String("1");
        int declaredAt = 0;
        if (hasDeclarations()) {
            const Declaration *declaration = find(name, pc, occurrence);
            if (declaration) {
                argument = argument || declaration->argument;
                declaredAt = declaration->line;
                // Line 0: made by the compiler. A later line: not yet run.
                if (!argument && (declaredAt == 0 || declaredAt >= line))
                    continue;
            }
        }
        if (name.startsWith(QLatin1String("__")))
            continue;
        QString value = variable[u"value"].string();
        if (value.size() > maxValueLength)
            value = value.left(maxValueLength - 1) + QChar(0x2026);
        shown.append({{name, value}, argument, declaredAt});
    }
    std::ranges::stable_sort(shown, [](const Shown &left, const Shown &right) {
        if (left.argument != right.argument)
            return left.argument;
        return left.line < right.line;
    });
    QList<TraceVariable> result;
    result.reserve(shown.size());
    for (const Shown &entry : std::as_const(shown))
        result.append(entry.variable);
    return result;
}

} // namespace Duet
