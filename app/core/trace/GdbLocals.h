#pragma once

#include "GdbMiValue.h"
#include "Trace.h"

namespace Duet
{

/// Turns gdb's list of a frame's variables into what a learner should see.
/// gdb lists every variable of every enclosing block, including those whose
/// declaration has not run yet (their memory is garbage at -O0) and the
/// compiler's own (`__range1`). With the declarations of the program's
/// blocks (the reply of the `-duet-declarations` command that
/// python/duet_gdb.py adds to gdb), a variable is shown once the line of its
/// declaration has run; arguments always. Without them, only the compiler's
/// reserved `__` names are left out.
class GdbLocals
{
public:
    /// Reads the reply of `-duet-declarations`.
    void setDeclarations(const GdbMiValue &reply);
    [[nodiscard]] bool hasDeclarations() const { return !m_declarations.isEmpty(); }

    /// The variables of `-stack-list-variables --all-values` shown at `line`
    /// of the frame stopped at `pc`: arguments first, then by declaration,
    /// values cut to `maxValueLength` characters.
    [[nodiscard]] QList<TraceVariable> visible(const GdbMiValue &variables, quint64 pc, int line,
                                               int maxValueLength = 200) const;

private:
    struct Declaration {
        quint64 start = 0;
        quint64 end = 0;
        QString name;
        int line = 0;
        bool argument = false;
    };
    /// The innermost block holding `pc` that declares `name`; null if none.
    [[nodiscard]] const Declaration *find(const QString &name, quint64 pc, int skip) const;

    QList<Declaration> m_declarations;
};

} // namespace Duet
