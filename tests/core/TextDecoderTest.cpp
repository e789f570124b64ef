#include "import/TextDecoder.h"

#include <QTest>

using namespace stuurboord;

// Bytes to text as the coordinator checks it: é, ë, ï and € come through from every
// encoding an export uses, and a wrong choice is named, not silently garbled.
class TextDecoderTest final : public QObject
{
    Q_OBJECT

private slots:
    void decodesEveryWindows1252Letter()
    {
        const auto text = TextDecoder::decodeAll(QByteArray("\x80 \x91"
                                                            "Caf\xe9\x92 \xeb\xef \x8a\x9f",
            14));
        QVERIFY2(text.ok(), qPrintable(text.error));
        QCOMPARE(text.encoding, TextEncoding::Windows1252);
        QCOMPARE(text.text, QStringLiteral("€ ‘Café’ ëï ŠŸ"));
    }

    void decodesUtf16BigEndianAndUtf8Bom()
    {
        QByteArray be("\xfe\xff", 2);
        for (QChar c : QStringLiteral("ï;€\n"))
            be += char(c.unicode() >> 8), be += char(c.unicode() & 0xff);
        QCOMPARE(TextDecoder::decodeAll(be).text, QStringLiteral("ï;€\n"));
        QCOMPARE(TextDecoder::decodeAll(be).encoding, TextEncoding::Utf16BE);
        const auto utf8
            = TextDecoder::decodeAll(QByteArray("\xef\xbb\xbf") + QStringLiteral("é").toUtf8());
        QCOMPARE(utf8.text, QStringLiteral("é"));
    }

    void theUserCanOverrideTheEncoding()
    {
        const QByteArray utf8 = QStringLiteral("Café").toUtf8();
        QCOMPARE(TextDecoder::decodeAll(utf8).text, QStringLiteral("Café"));
        QCOMPARE(
            TextDecoder::decodeAll(utf8, TextEncoding::Windows1252).text, QStringLiteral("CafÃ©"));
        const auto wrong = TextDecoder::decodeAll(QByteArray("Caf\xe9"), TextEncoding::Utf8);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error,
            QStringLiteral(
                "Byte 3 of the file is not valid UTF-8. Choose the encoding Windows-1252 "
                "and read the file again."));
        QCOMPARE(encodingFromName(u"cp1252"), TextEncoding::Windows1252);
        QCOMPARE(encodingName(TextEncoding::Utf16LE), QStringLiteral("UTF-16LE"));
    }

    void keepsACharacterCutBetweenChunks()
    {
        const QByteArray bytes = QStringLiteral("Financiën €").toUtf8();
        TextDecoder decoder(TextEncoding::Utf8);
        QString text;
        for (char byte : bytes)
            text += decoder.decode(QByteArrayView(&byte, 1));
        text += decoder.finish();
        QVERIFY(!decoder.hasError());
        QCOMPARE(text, QStringLiteral("Financiën €"));
    }
};

QTEST_GUILESS_MAIN(TextDecoderTest)
#include "TextDecoderTest.moc"
