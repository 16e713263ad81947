// libFuzzer target: any bytes given to the lesson parser as a lesson.md must
// come back as a lesson or as diagnostics, never as a crash, a hang or a
// sanitizer report.

#include "core/lesson/LessonParser.h"
#include "core/lesson/Slug.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray content = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Duet::Diagnostics errors;
    const Duet::Lesson lesson
        = Duet::LessonParser::parse(content, QStringLiteral("lesson.md"), QStringLiteral("fuzz"), errors);
    // A lesson that loads without a problem has an id Duet accepts.
    if (errors.isEmpty() && !Duet::isValidLessonId(lesson.id))
        __builtin_trap();
    // Lines as editors (and md4c) count them: CRLF, LF and a bare CR each end one.
    const int fileLines = int(content.count('\n') + content.count('\r') - content.count("\r\n")) + 1;
    for (const Duet::Section &section : lesson.sections) {
        const Duet::CodeListing &python = section.python;
        // Every displayed line of a program maps back to a line of the file,
        // separators between blocks included.
        const int shownLines = int(python.text.count(QLatin1Char('\n')));
        if (python.sourceLines.size() != shownLines)
            __builtin_trap();
        for (const int line : python.sourceLines) {
            if (line < 1 || line > fileLines)
                __builtin_trap();
        }
        // Regions stay inside the program (an empty one ends just before it starts).
        for (const Duet::LinkedRegion &region : python.regions) {
            if (region.firstLine < 0 || region.lastLine >= shownLines || region.firstLine > region.lastLine + 1)
                __builtin_trap();
        }
    }
    return 0;
}
