#include "Lesson.h"

#include <QCoreApplication>

namespace Duet
{

QString languageName(Language language)
{
    return language == Language::Python ? QCoreApplication::translate("Duet::Language", "Python")
                                        : QCoreApplication::translate("Duet::Language", "C++");
}

QString languageKey(Language language)
{
    return language == Language::Python ? QStringLiteral("python") : QStringLiteral("cpp");
}

QString Lesson::address(const Section &section) const
{
    return id + QLatin1Char('/') + section.id;
}

const Section *Lesson::section(QStringView sectionId) const
{
    for (const Section &candidate : sections) {
        if (candidate.id == sectionId)
            return &candidate;
    }
    return nullptr;
}

QString Lesson::source() const
{
    switch (origin) {
    case Origin::BuiltIn:
        return QStringLiteral("builtin");
    case Origin::File:
        return file;
    case Origin::Folder:
        break;
    }
    return directory;
}

const Lesson *LessonCollection::lesson(QStringView lessonId) const
{
    for (const Lesson &candidate : lessons) {
        if (candidate.id == lessonId)
            return &candidate;
    }
    return nullptr;
}

const Section *LessonCollection::section(QStringView address, const Lesson **lessonOut) const
{
    const qsizetype slash = address.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return nullptr;
    const Lesson *owner = lesson(address.left(slash));
    if (!owner)
        return nullptr;
    const Section *found = owner->section(address.mid(slash + 1));
    if (found && lessonOut)
        *lessonOut = owner;
    return found;
}

} // namespace Duet
