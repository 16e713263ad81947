// Parsing lesson.md bytes: front matter, sections, Python programs and their
// source lines, whatever the line endings and encoding marks.

#include "core/lesson/CodeMarkers.h"
#include "core/lesson/LessonParser.h"
#include "core/lesson/Slug.h"

#include <QTest>

using namespace Duet;

class TestLessonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slug_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << QStringLiteral("Counting up") << QStringLiteral("counting-up");
        QTest::newRow("punctuation") << QStringLiteral("Metaclasses: one instance, per class!")
                                     << QStringLiteral("metaclasses-one-instance-per-class");
        QTest::newRow("runs and ends") << QStringLiteral("  --C++ & Python--  ") << QStringLiteral("c-python");
        QTest::newRow("digits") << QStringLiteral("Step 2: async") << QStringLiteral("step-2-async");
        QTest::newRow("non-ascii") << QStringLiteral("Café ☕ time") << QStringLiteral("caf-time");
        QTest::newRow("nothing left") << QStringLiteral("☕ !") << QString();
    }

    void slug()
    {
        QFETCH(QString, heading);
        QFETCH(QString, slug);
        QCOMPARE(slugify(heading), slug);
    }

    void lineEndingsAndByteOrderMark_data()
    {
        QTest::addColumn<QByteArray>("content");
        const QByteArray lf = "---\ntitle: Endings\n---\n\nIntro.\n\n## One\n\nText.\n\n```python\nprint(1)\n```\n";
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        QTest::newRow("LF") << lf;
        QTest::newRow("CRLF") << crlf;
        QTest::newRow("BOM LF") << QByteArray("\xEF\xBB\xBF" + lf);
        QTest::newRow("BOM CRLF") << QByteArray("\xEF\xBB\xBF" + crlf);
    }

    void lineEndingsAndByteOrderMark()
    {
        QFETCH(QByteArray, content);
        Diagnostics errors;
        const Lesson lesson
            = LessonParser::parse(content, QStringLiteral("lesson.md"), QStringLiteral("endings"), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.constFirst().toString()));
        QCOMPARE(lesson.title, QStringLiteral("Endings"));
        QCOMPARE(lesson.id, QStringLiteral("endings"));
        QCOMPARE(lesson.introduction, QStringLiteral("Intro.\n"));
        QCOMPARE(lesson.sections.size(), 1);
        const Section &section = lesson.sections.constFirst();
        QCOMPARE(section.id, QStringLiteral("one"));
        QCOMPARE(section.line, 7);
        QCOMPARE(section.prose, QStringLiteral("Text.\n"));
        QCOMPARE(section.python.text, QStringLiteral("print(1)\n"));
        QCOMPARE(section.python.sourceLines, QList<int>({12}));
    }

    void frontMatterIdWins()
    {
        Diagnostics errors;
        const Lesson lesson = LessonParser::parse("---\ntitle: T\nid: chosen\n---\n", QStringLiteral("lesson.md"),
                                                  QStringLiteral("folder"), errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(lesson.id, QStringLiteral("chosen"));
        QVERIFY(lesson.sections.isEmpty());
    }

    void missingFrontMatter()
    {
        Diagnostics errors;
        LessonParser::parse("## Straight in\n", QStringLiteral("lesson.md"), QStringLiteral("folder"), errors);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.constFirst().line, 1);
        QVERIFY(errors.constFirst().message.contains(QLatin1String("front matter")));
    }

    void nestedMarkersAndSourceLines()
    {
        Diagnostics errors;
        const QString code
            = QStringLiteral("# [[outer]]\na = 1\n# [[inner]]\nb = 2\n# [[/inner]]\n# [[/outer]]\nc = 3\n");
        const CodeListing listing = CodeMarkers::extract(code, Language::Python, QStringLiteral("f"), 10, errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(listing.text, QStringLiteral("a = 1\nb = 2\nc = 3\n"));
        QCOMPARE(listing.sourceLines, QList<int>({11, 13, 16}));
        QCOMPARE(listing.regions,
                 QList<LinkedRegion>({{QStringLiteral("inner"), 1, 1, 12}, {QStringLiteral("outer"), 0, 1, 10}}));
    }

    void markersNeedTheirOwnLine()
    {
        Diagnostics errors;
        const QString code = QStringLiteral("x = 1  # [[not-a-marker]]\n");
        const CodeListing listing = CodeMarkers::extract(code, Language::Python, QStringLiteral("f"), 1, errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(listing.text, code);
        QVERIFY(listing.regions.isEmpty());
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only delimiter") << QByteArray("---");
        QTest::newRow("empty front matter") << QByteArray("---\n---\n");
        QTest::newRow("list front matter") << QByteArray("---\n- a\n- b\n---\n");
        QTest::newRow("nul bytes") << QByteArray("---\ntitle: x\n---\n## \0\0 a\n", 25);
        QTest::newRow("empty heading") << QByteArray("---\ntitle: x\n---\n##\n\n## ##\n");
        QTest::newRow("unclosed fence") << QByteArray("---\ntitle: x\n---\n## A\n```python\nprint(1)\n");
    }

    void garbageNeverCrashes()
    {
        QFETCH(QByteArray, content);
        Diagnostics errors;
        const Lesson lesson
            = LessonParser::parse(content, QStringLiteral("lesson.md"), QStringLiteral("folder"), errors);
        for (const Section &section : lesson.sections)
            QCOMPARE(section.python.sourceLines.size(), section.python.text.count(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestLessonParser)
#include "tst_lessonparser.moc"
