#pragma once

#include "GdbMiValue.h"
#include "Trace.h"

class QJsonArray;

namespace Duet
{

/// Turns gdb's list of a frame's variables into what a learner should see.
/// gdb lists every variable of every enclosing block, including those whose
/// declaration has not run yet (their memory is garbage at -O0) and the
/// compiler's own (`__range1`). With the declarations of the program's
/// blocks (from python/duet_gdb.py), a variable is shown once the line of
/// its declaration has run; arguments always. Without them, only the
/// compiler's reserved `__` names are left out.
class GdbLocals
{
public:
    /// One variable as `-stack-list-variables --all-values` lists it.
    struct Listed {
        QString name;
        QString value;
        bool argument = false;
    };
    /// One variable of a block of the program, and where it is declared.
    struct Declaration {
        quint64 start = 0;
        quint64 end = 0;
        QString name;
        int line = 0;
        bool argument = false;
    };

    /// The `variables` list of -stack-list-variables, or of -duet-declarations.
    [[nodiscard]] static QList<Listed> listedFromMi(const GdbMiValue &variables);
    [[nodiscard]] static QList<Declaration> declarationsFromMi(const GdbMiValue &variables);
    /// The same lists as duet_gdb.py writes them into its step file.
    [[nodiscard]] static QList<Listed> listedFromJson(const QJsonArray &variables);
    [[nodiscard]] static QList<Declaration> declarationsFromJson(const QJsonArray &variables);

    void setDeclarations(QList<Declaration> declarations);
    [[nodiscard]] bool hasDeclarations() const { return !m_declarations.isEmpty(); }

    /// The variables shown at `line` of the frame stopped at `pc`:
    /// arguments first, then by declaration, values cut to `maxValueLength`
    /// characters.
    [[nodiscard]] QList<TraceVariable> visible(const QList<Listed> &variables, quint64 pc, int line,
                                               int maxValueLength = 200) const;

private:
    /// The `skip`-th innermost block holding `pc` that declares `name`.
    [[nodiscard]] const Declaration *find(const QString &name, quint64 pc, int skip) const;

    QList<Declaration> m_declarations;
};

} // namespace Duet
