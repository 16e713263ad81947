#include "Slug.h"

#include <algorithm>

namespace Duet
{

QString slugify(QStringView heading)
{
    QString slug;
    slug.reserve(heading.size());
    bool pendingSeparator = false;
    for (const QChar character : heading) {
        const char16_t unit = character.toLower().unicode();
        const bool keep = (unit >= u'a' && unit <= u'z') || (unit >= u'0' && unit <= u'9');
        if (!keep) {
            pendingSeparator = true;
            continue;
        }
        if (pendingSeparator && !slug.isEmpty())
            slug += QLatin1Char('-');
        pendingSeparator = false;
        slug += QChar(unit);
    }
    return slug;
}

bool isValidLessonId(QStringView id)
{
    if (id.isEmpty() || id.size() > maximumLessonIdLength)
        return false;
    return std::ranges::all_of(id, [](QChar character) {
        const char16_t unit = character.unicode();
        return (unit >= u'a' && unit <= u'z') || (unit >= u'0' && unit <= u'9') || unit == u'-';
    });
}

QString lessonIdFromName(QStringView name)
{
    constexpr qsizetype maximumLength = 48;
    QString id = slugify(name);
    if (id.size() > maximumLength) {
        id.truncate(maximumLength);
        const qsizetype lastSeparator = id.lastIndexOf(QLatin1Char('-'));
        if (lastSeparator > maximumLength / 2)
            id.truncate(lastSeparator);
        while (id.endsWith(QLatin1Char('-')))
            id.chop(1);
    }
    return id;
}

} // namespace Duet
