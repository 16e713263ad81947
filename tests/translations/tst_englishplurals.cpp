// Every `%n` message in DuetCore's and DuetUi's sources has its English forms
// in translations/duet_en.ts, and the compiled catalogue gives them: without
// them a learner reads "1 line(s)". lupdate reads the sources here the way
// the update_translations target does.

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <expected>

using namespace Qt::StringLiterals;

namespace
{

struct Message {
    QString context;
    QString source;
    QString comment;
    bool finished = false;
    QStringList forms;
};

/// The rest of a <message> element: its source, comment and forms.
void readMessage(QXmlStreamReader &xml, Message &message)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == "source"_L1) {
            message.source = xml.readElementText();
        } else if (xml.name() == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            // "unfinished", "vanished" and "obsolete" are all not in use.
            message.finished = xml.attributes().value("type"_L1).isEmpty();
            while (xml.readNextStartElement()) {
                if (xml.name() == "numerusform"_L1)
                    message.forms.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

/// The numerus messages of a .ts file, or why it cannot be read.
std::expected<QList<Message>, QString> pluralMessages(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"cannot read %1: %2"_s.arg(fileName, file.errorString()));
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            const bool numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            Message message;
            message.context = context;
            readMessage(xml, message);
            if (numerus)
                messages.append(message);
        }
    }
    if (xml.hasError())
        return std::unexpected(u"%1:%2: %3"_s.arg(fileName).arg(xml.lineNumber()).arg(xml.errorString()));
    return messages;
}

QString rowName(const Message &message)
{
    return message.context + u": "_s + message.source.left(60).replace(u'\n', u"\\n"_s);
}

} // namespace

Q_DECLARE_METATYPE(Message)

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        const QString catalogue = m_scratch.filePath(u"plurals.ts"_s);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(DUET_LUPDATE),
                      {u"-recursive"_s, u"-pluralonly"_s, u"-source-language"_s, u"en"_s,
                       QStringLiteral(DUET_SOURCE_DIR "/app/core"), QStringLiteral(DUET_SOURCE_DIR "/app/ui"), u"-ts"_s,
                       catalogue});
        QVERIFY2(lupdate.waitForFinished(60'000), "lupdate did not finish within a minute");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAll().constData());

        const auto inSources = pluralMessages(catalogue);
        QVERIFY2(inSources, qPrintable(inSources.error()));
        m_inSources = *inSources;
        const auto inCatalogue = pluralMessages(QStringLiteral(DUET_SOURCE_DIR "/translations/duet_en.ts"));
        QVERIFY2(inCatalogue, qPrintable(inCatalogue.error()));
        m_inCatalogue = *inCatalogue;

        const QString compiled = QStringLiteral(DUET_TRANSLATIONS_OUTPUT_DIRECTORY "/duet_en.qm");
        QVERIFY2(m_english.load(compiled), qPrintable(u"cannot load %1"_s.arg(compiled)));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }

    void englishForms_data()
    {
        QTest::addColumn<Message>("message");
        for (const Message &message : std::as_const(m_inSources))
            QTest::newRow(qPrintable(rowName(message))) << message;
    }

    void englishForms()
    {
        QFETCH(Message, message);
        const auto entry = std::ranges::find_if(m_inCatalogue, [&](const Message &candidate) {
            return candidate.context == message.context && candidate.source == message.source
                && candidate.comment == message.comment;
        });
        const QString fix = u"run `cmake --build BUILD --target update_translations`, then give the message its "
                            "two English forms in translations/duet_en.ts (Qt Linguist, or by hand)"_s;
        QVERIFY2(entry != m_inCatalogue.end(), qPrintable(u"translations/duet_en.ts lacks it: "_s + fix));
        QVERIFY2(entry->finished && entry->forms.size() == 2 && !entry->forms.contains(QString()),
                 qPrintable(u"its English forms are missing or unfinished: "_s + fix));

        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const char *disambiguation = message.comment.isEmpty() ? nullptr : comment.constData();
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation, 1),
                 QString(entry->forms.at(0)).replace(u"%n"_s, u"1"_s));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), disambiguation, 2),
                 QString(entry->forms.at(1)).replace(u"%n"_s, u"2"_s));
    }

private:
    QTemporaryDir m_scratch;
    QList<Message> m_inSources;
    QList<Message> m_inCatalogue;
    QTranslator m_english;
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
