#include "ListCommand.h"

#include "Terminal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Duet
{

QString terminalSafe(QStringView text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        const bool control = unit < 0x20 || (unit >= 0x7f && unit <= 0x9f);
        const bool bidirectional = unit == 0x061c || unit == 0x200e || unit == 0x200f
            || (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2066 && unit <= 0x2069) || unit == 0x2028
            || unit == 0x2029;
        if (control)
            safe += QStringLiteral("\\x%1").arg(int(unit), 2, 16, QLatin1Char('0'));
        else if (bidirectional)
            safe += QStringLiteral("\\u%1").arg(int(unit), 4, 16, QLatin1Char('0'));
        else
            safe += character;
    }
    return safe;
}

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

QByteArray lessonListText(const LessonCollection &lessons)
{
    // Everything here but the punctuation comes from the lessons, that is
    // from strangers: none of it may steer the terminal.
    QString text;
    for (const Lesson &lesson : lessons.lessons) {
        text += QStringLiteral("%1  %2  (%3)\n")
                    .arg(terminalSafe(lesson.id), terminalSafe(lesson.title), terminalSafe(lesson.source()));
        for (const Section &section : lesson.sections) {
            QStringList languages;
            if (section.hasPython())
                languages.append(QStringLiteral("python"));
            if (section.hasCpp())
                languages.append(QStringLiteral("c++"));
            text += QStringLiteral("  %1/%2  %3%4\n")
                        .arg(terminalSafe(lesson.id), terminalSafe(section.id), terminalSafe(section.title),
                             languages.isEmpty() ? QString()
                                                 : QStringLiteral("  [%1]").arg(languages.join(QLatin1String(", "))));
        }
    }
    return text.toUtf8();
}

QByteArray lessonProblemsText(const LessonCollection &lessons)
{
    QString text;
    for (const Diagnostic &error : lessons.errors)
        text += terminalSafe(error.toString()) + QLatin1Char('\n');
    return text.toUtf8();
}

int printLessonList(const LessonCollection &lessons, ListFormat format)
{
    if (format == ListFormat::Json) {
        Terminal::out(lessonListJson(lessons));
    } else {
        Terminal::out(lessonListText(lessons));
        Terminal::error(lessonProblemsText(lessons));
    }
    return lessons.errors.isEmpty() ? 0 : 2;
}

} // namespace Duet
