// libFuzzer target: any bytes given to the lesson parser as a lesson.md must
// come back as a lesson or as diagnostics, never as a crash, a hang or a
// sanitizer report.

#include "core/lesson/LessonParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray content = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Duet::Diagnostics errors;
    const Duet::Lesson lesson
        = Duet::LessonParser::parse(content, QStringLiteral("lesson.md"), QStringLiteral("fuzz"), errors);
    // Every displayed line of a program maps back to a line of the file.
    for (const Duet::Section &section : lesson.sections) {
        if (section.python.sourceLines.size() != section.python.text.count(QLatin1Char('\n')))
            __builtin_trap();
    }
    return 0;
}
