// Parsing lesson.md bytes: front matter, sections, Python programs and their
// source lines, whatever the line endings and encoding marks.

#include "core/lesson/CodeMarkers.h"
#include "core/lesson/FrontMatter.h"
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
        QByteArray cr = lf;
        cr.replace("\n", "\r");
        QTest::newRow("CR") << cr;
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

    void noFrontMatter_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("introduction");
        QTest::addColumn<int>("sectionLine");
        QTest::newRow("ATX title") << QByteArray("# The title #\n\nIntro.\n\n## First\n\nText.\n")
                                   << QStringLiteral("The title") << QStringLiteral("Intro.\n") << 5;
        QTest::newRow("Setext title") << QByteArray("The *title*\n===\n\nIntro.\n\n## First\n")
                                      << QStringLiteral("The title") << QStringLiteral("Intro.\n") << 6;
        QTest::newRow("title after a paragraph")
            << QByteArray("Badges.\n\n# The title\nIntro.\n## First\n") << QStringLiteral("The title")
            << QStringLiteral("Badges.\n\nIntro.\n") << 5;
        QTest::newRow("title between paragraphs")
            << QByteArray("Before.\n# The title\nAfter.\n## First\n") << QStringLiteral("The title")
            << QStringLiteral("Before.\n\nAfter.\n") << 4;
        QTest::newRow("no title") << QByteArray("Intro.\n\n### Small\n\n## First\n") << QStringLiteral("notes")
                                  << QStringLiteral("Intro.\n\n### Small\n") << 5;
        QTest::newRow("level one only after a section")
            << QByteArray("## First\n\n# Late\n") << QStringLiteral("notes") << QString() << 1;
        QTest::newRow("level one in a list")
            << QByteArray("- # Listed\n\n## First\n") << QStringLiteral("notes") << QStringLiteral("- # Listed\n") << 3;
        QTest::newRow("CRLF Setext") << QByteArray("Title\r\n=====\r\n\r\n## First\r\n") << QStringLiteral("Title")
                                     << QString() << 4;
    }

    void noFrontMatter()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, title);
        QFETCH(QString, introduction);
        QFETCH(int, sectionLine);
        Diagnostics errors;
        const Lesson lesson = LessonParser::parse(content, QStringLiteral("notes.md"), QStringLiteral("notes"), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.constFirst().toString()));
        QCOMPARE(lesson.title, title);
        QCOMPARE(lesson.id, QStringLiteral("notes"));
        QCOMPARE(lesson.idLine, 0);
        // The window puts the title above the introduction: the heading it
        // came from is not in the introduction a second time.
        QCOMPARE(lesson.introduction, introduction);
        QCOMPARE(lesson.sections.size(), 1);
        QCOMPARE(lesson.sections.constFirst().id, QStringLiteral("first"));
        QCOMPARE(lesson.sections.constFirst().line, sectionLine);
        QVERIFY(lesson.metadata.isEmpty());
    }

    void frontMatterTitleKeepsTheHeading()
    {
        // With a title in the front matter, a pack reads exactly as before.
        Diagnostics errors;
        const Lesson lesson = LessonParser::parse("---\ntitle: Given\n---\n# Heading\n\n## First\n",
                                                  QStringLiteral("lesson.md"), QStringLiteral("folder"), errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(lesson.title, QStringLiteral("Given"));
        QCOMPARE(lesson.introduction, QStringLiteral("# Heading\n"));
    }

    void derivedIds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("plain") << QStringLiteral("loops") << QStringLiteral("loops");
        QTest::newRow("capitals and dots") << QStringLiteral("My_Notes.v2") << QStringLiteral("my-notes-v2");
        QTest::newRow("long") << QStringLiteral("a-very-long-folder-name-that-goes-on-and-on-and-on-past-any-limit")
                              << QStringLiteral("a-very-long-folder-name-that-goes-on-and-on-and");
        QTest::newRow("nothing usable") << QStringLiteral("☕") << QString();
    }

    void derivedIds()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        Diagnostics errors;
        const Lesson lesson = LessonParser::parse("## First\n", QStringLiteral("f.md"), name, errors);
        QCOMPARE(lesson.id, id);
        QVERIFY(id.isEmpty() || isValidLessonId(id));
        QCOMPARE(errors.isEmpty(), !id.isEmpty());
        if (!errors.isEmpty())
            QVERIFY(errors.constFirst().message.contains(QLatin1String("give the lesson one with 'id:'")));
    }

    void strictIds_data()
    {
        QTest::addColumn<QByteArray>("idLine");
        QTest::addColumn<QString>("reason");
        QTest::newRow("valid") << QByteArray("id: loops-2") << QString();
        QTest::newRow("trailing newline") << QByteArray(R"(id: "advanced-python\n")") << QStringLiteral("U+000A");
        QTest::newRow("block scalar newline") << QByteArray("id: |\n  advanced-python") << QStringLiteral("U+000A");
        QTest::newRow("capital") << QByteArray("id: Loops") << QStringLiteral("U+004C");
        QTest::newRow("dot") << QByteArray("id: loops.v2") << QStringLiteral("U+002E");
        QTest::newRow("underscore") << QByteArray("id: my_loops") << QStringLiteral("U+005F");
        QTest::newRow("slash") << QByteArray("id: a/b") << QStringLiteral("U+002F");
        QTest::newRow("NUL") << QByteArray(R"(id: "loops\0")") << QStringLiteral("U+0000");
        QTest::newRow("non-ASCII letter") << QByteArray("id: café") << QStringLiteral("U+00E9");
        QTest::newRow("empty") << QByteArray("id: ''") << QStringLiteral("it is empty");
        QTest::newRow("too long") << QByteArray("id: " + QByteArray(65, 'a')) << QStringLiteral("65 characters");
    }

    void strictIds()
    {
        QFETCH(QByteArray, idLine);
        QFETCH(QString, reason);
        Diagnostics errors;
        const QByteArray content = "---\ntitle: T\n" + idLine + "\n---\n";
        const Lesson lesson = LessonParser::parse(content, QStringLiteral("lesson.md"), QStringLiteral("f"), errors);
        QCOMPARE(lesson.idLine, 3);
        if (reason.isEmpty()) {
            QVERIFY(errors.isEmpty());
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().line, 3);
        QVERIFY2(errors.constFirst().message.contains(reason), qPrintable(errors.constFirst().message));
    }

    void multipleFencesMakeOneProgram()
    {
        const QByteArray content = "## Section\n"
                                   "```python\n" // 2
                                   "# [[a]]\n"
                                   "x = 1\n" // 4
                                   "# [[/a]]\n"
                                   "```\n"
                                   "Prose.\n"
                                   "```python norun\n" // 8
                                   "x = 99\n"
                                   "```\n"
                                   "```py\n" // 11
                                   "# [[b]]\n"
                                   "print(x)\n" // 13
                                   "# [[/b]]\n"
                                   "```\n";
        Diagnostics errors;
        const Lesson lesson = LessonParser::parse(content, QStringLiteral("f.md"), QStringLiteral("f"), errors);
        QVERIFY(errors.isEmpty());
        const Section &section = lesson.sections.constFirst();
        const QString separator = LessonParser::blockSeparator();
        QCOMPARE(section.python.text, QStringLiteral("x = 1\n\n%1\nprint(x)\n").arg(separator));
        // The blank line belongs to the block before, the separator to the
        // fence of the block after.
        QCOMPARE(section.python.sourceLines, QList<int>({4, 4, 11, 13}));
        QCOMPARE(section.python.regions,
                 QList<LinkedRegion>({{QStringLiteral("a"), 0, 0, 3}, {QStringLiteral("b"), 3, 3, 12}}));
        QVERIFY(separator.startsWith(QLatin1String("# ")));
        QVERIFY(section.prose.contains(QLatin1String("```python norun\nx = 99\n```")));
        QVERIFY(!section.prose.contains(QLatin1String("print(x)")));
    }

    void blankFirstLinesKeepTheirNumbers_data()
    {
        QTest::addColumn<QByteArray>("fence");
        QTest::newRow("plain info string") << QByteArray("```python");
        // md4c copies an info string with an escape or a NUL, so its text no
        // longer points into the file.
        QTest::newRow("escaped info string") << QByteArray("```python a\\_b");
        QTest::newRow("NUL in the info string") << QByteArray("```python a\0b", 15);
    }

    void blankFirstLinesKeepTheirNumbers()
    {
        QFETCH(QByteArray, fence);
        const QByteArray content = "## S\n" + fence + "\n\n\nprint(1)\n```\n";
        Diagnostics errors;
        const Lesson lesson = LessonParser::parse(content, QStringLiteral("f.md"), QStringLiteral("f"), errors);
        const Section &section = lesson.sections.constFirst();
        QCOMPARE(section.python.text, QStringLiteral("\n\nprint(1)\n"));
        QCOMPARE(section.python.sourceLines, QList<int>({3, 4, 5}));
        QVERIFY(section.prose.isEmpty());
    }

    void pythonBlocksSwitch_data()
    {
        QTest::addColumn<QByteArray>("frontMatter");
        QTest::addColumn<QString>("program");
        const QByteArray lessonWide = "python-blocks: norun\n";
        const QByteArray sectionWide = "sections:\n  s:\n    python-blocks: norun\n";
        const QByteArray sectionRuns = "python-blocks: norun\nsections:\n  s:\n    python-blocks: run\n";
        QTest::newRow("default") << QByteArray() << QStringLiteral("a()\n\n%1\nb()\n");
        QTest::newRow("lesson norun") << lessonWide << QStringLiteral("b()\n");
        QTest::newRow("section norun") << sectionWide << QStringLiteral("b()\n");
        QTest::newRow("section overrides lesson") << sectionRuns << QStringLiteral("a()\n\n%1\nb()\n");
    }

    void pythonBlocksSwitch()
    {
        QFETCH(QByteArray, frontMatter);
        QFETCH(QString, program);
        const QByteArray content
            = "---\ntitle: T\n" + frontMatter + "---\n## S\n```python\na()\n```\n```python run\nb()\n```\n";
        Diagnostics errors;
        const Lesson lesson = LessonParser::parse(content, QStringLiteral("f.md"), QStringLiteral("f"), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.constFirst().toString()));
        const Section &section = lesson.sections.constFirst();
        QCOMPARE(section.python.text,
                 program.contains(QLatin1String("%1")) ? program.arg(LessonParser::blockSeparator()) : program);
        // A block kept out of the program stays in the prose.
        QCOMPARE(section.prose.contains(QLatin1String("a()")), !section.python.text.contains(QLatin1String("a()")));
    }

    void aLargeArticleLoadsCompletely()
    {
        // A 1 MiB article with tens of thousands of sections: the benchmark
        // times it; here it has to come out whole and right.
        QByteArray content = "---\ntitle: Large\n---\n";
        int sections = 0;
        while (content.size() < (1 << 20) - 64) {
            content
                += "## S" + QByteArray::number(sections) + "\n```py\nf(" + QByteArray::number(sections) + ")\n```\n";
            ++sections;
        }
        QVERIFY(sections > 30000);
        Diagnostics errors;
        const Lesson lesson = LessonParser::parse(content, QStringLiteral("f.md"), QStringLiteral("f"), errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(lesson.sections.size(), sections);
        const Section &last = lesson.sections.constLast();
        QCOMPARE(last.id, QStringLiteral("s%1").arg(sections - 1));
        QCOMPARE(last.python.text, QStringLiteral("f(%1)\n").arg(sections - 1));
        QCOMPARE(last.python.sourceLines, QList<int>({4 + 4 * (sections - 1) + 2}));
        QVERIFY(last.prose.isEmpty());
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
