// The front matter block: optional, refused safely when hostile (aliases,
// depth, size), and the fields other parts of Duet read from it: order,
// hints and python-blocks, each checked with the file's line.

#include "core/lesson/FrontMatter.h"

#include <QFile>
#include <QTest>

using namespace Duet;

namespace
{

QByteArray packFile(const char *pack)
{
    QFile file(QStringLiteral(DUET_TEST_DATA_DIR "/packs/") + QLatin1String(pack) + QLatin1String("/lesson.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the test pack %s", pack);
    return file.readAll();
}

QString describe(const Diagnostics &errors)
{
    QStringList lines;
    for (const Diagnostic &error : errors)
        lines.append(error.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestFrontMatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void absentIsNoError_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain Markdown") << QByteArray("# Title\n\ntext\n");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("thematic break later") << QByteArray("text\n\n---\n\nmore\n");
    }

    void absentIsNoError()
    {
        QFETCH(QByteArray, text);
        Diagnostics errors;
        const FrontMatter frontMatter = FrontMatter::parse(text, QStringLiteral("a.md"), errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(!frontMatter.present);
        QCOMPARE(frontMatter.bodyOffset, 0);
        QCOMPARE(frontMatter.bodyLine, 1);
    }

    void emptyBlockIsNoError()
    {
        Diagnostics errors;
        const FrontMatter frontMatter = FrontMatter::parse("---\n---\n# T\n", QStringLiteral("a.md"), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        QVERIFY(frontMatter.present);
        QCOMPARE(frontMatter.bodyLine, 3);
    }

    void hostileYamlIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("billion laughs") << packFile("bad-yaml-bomb") << 3 << QStringLiteral("anchors (&a)");
        QTest::newRow("alias of a scalar")
            << QByteArray("---\ntitle: x\nother: *nowhere\n---\n") << 3 << QStringLiteral("");
        QTest::newRow("merge key") << QByteArray("---\ntitle: x\nbase: &b {a: 1}\nmore:\n  <<: *b\n---\n") << 3
                                   << QStringLiteral("anchors (&b)");
        QTest::newRow("anchor alone") << QByteArray("---\ntitle: &t x\n---\n") << 2 << QStringLiteral("anchors (&t)");
        QTest::newRow("deep nesting") << packFile("bad-yaml-deep") << 3 << QStringLiteral("deeper than 16 levels");
        QByteArray wide = "---\ntitle: x\nlist: [";
        for (int item = 0; item < FrontMatter::maximumNodes; ++item)
            wide += "1,";
        wide += "1]\n---\n";
        QTest::newRow("too many values") << wide << 3 << QStringLiteral("more than 20000 values");
        QTest::newRow("too large") << QByteArray("---\ntitle: x\nlong: '" + QByteArray(300 * 1024, 'a') + "'\n---\n")
                                   << 1 << QStringLiteral("may be at most 256 KiB");
    }

    void hostileYamlIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        Diagnostics errors;
        const FrontMatter frontMatter = FrontMatter::parse(text, QStringLiteral("lesson.md"), errors);
        QCOMPARE(errors.size(), 1);
        const Diagnostic &error = errors.constFirst();
        QCOMPARE(error.file, QStringLiteral("lesson.md"));
        QCOMPARE(error.line, line);
        QVERIFY2(error.message.contains(fragment), qPrintable(error.toString()));
        // Nothing of a refused block is used.
        QVERIFY(frontMatter.metadata.isEmpty());
        QVERIFY(frontMatter.title.isEmpty());
    }

    void orderAndPythonBlocks()
    {
        Diagnostics errors;
        const FrontMatter frontMatter = FrontMatter::parse("---\ntitle: T\norder: -3\npython-blocks: norun\n---\n",
                                                           QStringLiteral("a.md"), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        QCOMPARE(frontMatter.order, std::optional<int>(-3));
        QCOMPARE(frontMatter.pythonBlocks, FrontMatter::PythonBlocks::NoRun);
        const FrontMatter plain = FrontMatter::parse("---\ntitle: T\n---\n", QStringLiteral("a.md"), errors);
        QCOMPARE(plain.order, std::nullopt);
        QCOMPARE(plain.pythonBlocks, FrontMatter::PythonBlocks::Run);
    }

    void hints()
    {
        Diagnostics errors;
        const FrontMatter frontMatter = FrontMatter::parse(packFile("good-fences"), QStringLiteral("a.md"), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        QCOMPARE(frontMatter.order, std::optional<int>(7));
        const FrontMatter::SectionSettings settings = frontMatter.sections.value(QStringLiteral("three-blocks"));
        QCOMPARE(
            settings.hints,
            QStringList({QStringLiteral("Look at the `print` calls."), QStringLiteral("Two lines\nof *Markdown*.")}));
        QCOMPARE(frontMatter.sections.value(QStringLiteral("illustrations-only")).pythonBlocks,
                 std::optional(FrontMatter::PythonBlocks::NoRun));
    }

    void badSettingsAreReportedWithTheirLines()
    {
        Diagnostics errors;
        FrontMatter::parse(packFile("bad-exercise-settings"), QStringLiteral("lesson.md"), errors);
        QStringList printed;
        for (const Diagnostic &error : errors)
            printed.append(error.toString());
        printed.sort();
        QCOMPARE(printed,
                 QStringList({
                     QStringLiteral("lesson.md:11: a hint is empty"),
                     QStringLiteral("lesson.md:12: a hint must be a text (Markdown), not a list or a mapping"),
                     QStringLiteral("lesson.md:13: 'python-blocks' is 'run' or 'norun', not 'maybe'"),
                     QStringLiteral("lesson.md:3: 'order' must be a whole number (lower comes first), not 'first'"),
                     QStringLiteral("lesson.md:4: 'python-blocks' is 'run' or 'norun', not 'sometimes'"),
                     QStringLiteral("lesson.md:7: 'hints' must be a list of texts, revealed one at a time"),
                 }));
    }

    void orderMustBeWhole_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("zero") << QByteArray("0") << true;
        QTest::newRow("plus") << QByteArray("+2") << true;
        QTest::newRow("fraction") << QByteArray("1.5") << false;
        QTest::newRow("huge") << QByteArray("99999999999") << false;
        QTest::newRow("list") << QByteArray("[1]") << false;
        QTest::newRow("empty") << QByteArray("''") << false;
    }

    void orderMustBeWhole()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        Diagnostics errors;
        const FrontMatter frontMatter
            = FrontMatter::parse("---\ntitle: T\norder: " + value + "\n---\n", QStringLiteral("a.md"), errors);
        QCOMPARE(errors.isEmpty(), valid);
        QCOMPARE(frontMatter.order.has_value(), valid);
        if (!valid)
            QCOMPARE(errors.constFirst().line, 3);
    }
};

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
