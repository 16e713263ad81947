#include "Slug.h"

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

} // namespace Duet
