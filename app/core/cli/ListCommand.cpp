#include "ListCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace Duet
{

QByteArray lessonListJson(const LessonCollection &lessons)
{
    QJsonArray lessonArray;
    for (const Lesson &lesson : lessons.lessons) {
        QJsonArray sections;
        for (const Section &section : lesson.sections) {
            sections.append(QJsonObject {{QStringLiteral("id"), section.id},
                                         {QStringLiteral("title"), section.title},
                                         {QStringLiteral("hasPython"), section.hasPython()},
                                         {QStringLiteral("hasCpp"), section.hasCpp()}});
        }
        lessonArray.append(QJsonObject {{QStringLiteral("id"), lesson.id},
                                        {QStringLiteral("title"), lesson.title},
                                        {QStringLiteral("source"), lesson.source()},
                                        {QStringLiteral("sections"), sections}});
    }
    QJsonArray errors;
    for (const Diagnostic &error : lessons.errors) {
        errors.append(QJsonObject {{QStringLiteral("file"), error.file},
                                   {QStringLiteral("line"), error.line},
                                   {QStringLiteral("message"), error.message}});
    }
    const QJsonObject root {{QStringLiteral("lessons"), lessonArray}, {QStringLiteral("errors"), errors}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

int printLessonList(const LessonCollection &lessons, ListFormat format)
{
    if (format == ListFormat::Json) {
        std::fputs(lessonListJson(lessons).constData(), stdout);
    } else {
        for (const Lesson &lesson : lessons.lessons) {
            std::fputs(
                QStringLiteral("%1  %2  (%3)\n").arg(lesson.id, lesson.title, lesson.source()).toUtf8().constData(),
                stdout);
            for (const Section &section : lesson.sections) {
                const QString languages = QStringList {section.hasPython() ? QStringLiteral("python") : QString(),
                                                       section.hasCpp() ? QStringLiteral("c++") : QString()}
                                              .filter(QRegularExpression(QStringLiteral(".")))
                                              .join(QLatin1String(", "));
                std::fputs(QStringLiteral("  %1/%2  %3%4\n")
                               .arg(lesson.id, section.id, section.title,
                                    languages.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(languages))
                               .toUtf8()
                               .constData(),
                           stdout);
            }
        }
        for (const Diagnostic &error : lessons.errors)
            std::fputs((error.toString() + QLatin1Char('\n')).toUtf8().constData(), stderr);
    }
    std::fflush(stdout);
    return lessons.errors.isEmpty() ? 0 : 2;
}

} // namespace Duet
