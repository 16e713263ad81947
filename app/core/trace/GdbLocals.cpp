#include "GdbLocals.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

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

/// gdb writes flags as "1" through MI and as 1 or true through Python.
bool flag(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : value.toVariant().toString() == QLatin1String("1");
}

} // namespace

QList<GdbLocals::Listed> GdbLocals::listedFromMi(const GdbMiValue &variables)
{
    QList<Listed> listed;
    for (const GdbMiValue &variable : variables.values())
        listed.append(
            {variable[u"name"].string(), variable[u"value"].string(), variable[u"arg"].string() == QLatin1String("1")});
    return listed;
}

QList<GdbLocals::Declaration> GdbLocals::declarationsFromMi(const GdbMiValue &variables)
{
    QList<Declaration> declarations;
    for (const GdbMiValue &entry : variables.values()) {
        declarations.append({address(entry[u"start"].string()), address(entry[u"end"].string()),
                             entry[u"name"].string(), entry[u"line"].string().toInt(),
                             entry[u"argument"].string() == QLatin1String("1")});
    }
    return declarations;
}

QList<GdbLocals::Listed> GdbLocals::listedFromJson(const QJsonArray &variables)
{
    QList<Listed> listed;
    for (const auto &entry : variables) {
        const QJsonObject variable = entry.toObject();
        listed.append(
            {variable.value(u"name").toString(), variable.value(u"value").toString(), flag(variable.value(u"arg"))});
    }
    return listed;
}

QList<GdbLocals::Declaration> GdbLocals::declarationsFromJson(const QJsonArray &variables)
{
    QList<Declaration> declarations;
    for (const auto &value : variables) {
        const QJsonObject entry = value.toObject();
        declarations.append({address(entry.value(u"start").toString()), address(entry.value(u"end").toString()),
                             entry.value(u"name").toString(), entry.value(u"line").toInt(),
                             flag(entry.value(u"argument"))});
    }
    return declarations;
}

void GdbLocals::setDeclarations(QList<Declaration> declarations)
{
    declarations.removeIf([](const Declaration &declaration) {
        return declaration.end <= declaration.start || declaration.name.isEmpty();
    });
    m_declarations = std::move(declarations);
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

QList<TraceVariable> GdbLocals::visible(const QList<Listed> &variables, quint64 pc, int line, int maxValueLength) const
{
    struct Shown {
        TraceVariable variable;
        bool argument = false;
        int line = 0;
    };
    QList<Shown> shown;
    QHash<QString, int> seen;
    for (const Listed &variable : variables) {
        const int occurrence = seen[variable.name]++;
        bool argument = variable.argument;
        int declaredAt = 0;
        if (hasDeclarations()) {
            if (const Declaration *declaration = find(variable.name, pc, occurrence)) {
                argument = argument || declaration->argument;
                declaredAt = declaration->line;
                // Line 0: made by the compiler. A later line: not yet run.
                if (!argument && (declaredAt == 0 || declaredAt >= line))
                    continue;
            }
        }
        if (variable.name.startsWith(QLatin1String("__")))
            continue;
        QString value = variable.value;
        if (value.size() > maxValueLength)
            value = value.left(maxValueLength - 1) + QChar(0x2026);
        shown.append({{variable.name, value}, argument, declaredAt});
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
