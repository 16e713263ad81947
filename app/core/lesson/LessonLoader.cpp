#include "LessonLoader.h"

#include "LessonCollector.h"
#include "LessonLogging.h"

namespace Duet
{

LessonCollection loadLessons(const LessonSources &sources)
{
    LessonCollector collector;
    collector.addSources(sources);
    LessonCollection collection = collector.take();
    qCDebug(lcLesson) << "loaded" << collection.lessons.size() << "lessons," << collection.errors.size() << "problems";
    return collection;
}

} // namespace Duet
