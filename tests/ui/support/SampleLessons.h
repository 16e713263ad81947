#pragma once

// A small lesson built in memory for the window's tests: three sections,
// the first with linked regions, the second with a long program and prose
// that has code, the third with a demo that really runs.

#include "core/lesson/Lesson.h"

namespace Duet::Testing
{

inline LessonCollection sampleLessons()
{
    Lesson lesson;
    lesson.id = QStringLiteral("sample");
    lesson.title = QStringLiteral("A sample lesson");
    lesson.introduction = QStringLiteral("Welcome to the sample.\n");
    for (int index = 1; index <= 3; ++index) {
        Section section;
        section.id = QStringLiteral("part-%1").arg(index);
        section.title = QStringLiteral("Part %1").arg(index);
        section.prose = QStringLiteral("The explanation of part %1.\n").arg(index);
        section.python.text = QStringLiteral("print('part %1')\n").arg(index);
        section.cpp.text = QStringLiteral("int main() { return %1; }\n").arg(index);
        section.cpp.fileName = QStringLiteral("cpp/part-%1.cpp").arg(index);
        lesson.sections.append(section);
    }
    // The last part runs a real program: /bin/echo stands in for a demo.
    lesson.sections.last().demoExecutable = QStringLiteral("/bin/echo");
    // The first part has linked regions: Python lines 1-2 match C++ lines 3-5.
    Section &linked = lesson.sections.first();
    linked.python.text = QStringLiteral("import sys\nfor n in range(3):\n    print(n)\nprint('done')\n");
    linked.python.regions = {{QStringLiteral("loop"), 1, 2, 0}};
    linked.cpp.text = QStringLiteral("#include <print>\nint main()\n{\n    for (int n = 0; n < 3; ++n)\n"
                                     "        std::println(\"{}\", n);\n    std::println(\"done\");\n}\n");
    linked.cpp.regions = {{QStringLiteral("loop"), 3, 4, 0}};
    Section &second = lesson.sections[1];
    second.prose = QStringLiteral("Uses a **generator** expression and `inline_code`.\n\n```cpp\nint x = 0;\n```\n");
    for (int line = 1; line <= 120; ++line)
        second.python.text
            += QStringLiteral("value_%1 = %1  # a line long enough to need some width to show\n").arg(line);
    return {{lesson}, {}};
}

} // namespace Duet::Testing
