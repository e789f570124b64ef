#include "import/IsoDayIndex.h"
#include "import/SameText.h"

#include <QTest>

using namespace stuurboord;

// The lookups a shuffled export uses on every row: a wrong "same" would put one department's
// or one day's figures under another, so every length and every position of a difference
// is tried, and every ISO day of two centuries must find only itself.
class TextLookupTest final : public QObject
{
    Q_OBJECT

private slots:
    void textsDifferingAnywhereAreNotTheSame()
    {
        // Lengths around the 8-, 4- and 2-byte steps of the comparison (a QChar is 2 bytes).
        for (int length = 0; length <= 21; ++length) {
            QString text;
            for (int i = 0; i < length; ++i)
                text += QChar(u'a' + i);
            const QString copy(text.constData(), text.size()); // other storage, same text
            QVERIFY2(sameText(text, copy), qPrintable(text));
            QVERIFY(sameText(text, text));
            for (int at = 0; at < length; ++at) {
                QString other = copy;
                other[at] = QChar(u'Z');
                QVERIFY2(!sameText(text, other), qPrintable(QStringLiteral("%1 / %2").arg(text, other)));
                // Only the high byte of the UTF-16 unit differs.
                other = copy;
                other[at] = QChar(char16_t(text.at(at).unicode() | 0x0100));
                QVERIFY2(!sameText(text, other), qPrintable(QStringLiteral("%1 at %2").arg(text).arg(at)));
            }
            QVERIFY(!sameText(text, text + u'x'));
        }
        QVERIFY(!sameText(QStringLiteral("afdeling_01"), QStringLiteral("afdeling_10")));
        QVERIFY(sameText(QString(), QStringLiteral("")));
    }

    void everyIsoDayFindsOnlyItself()
    {
        std::vector<int> values;
        QStringList texts;
        for (int year = 1900; year < 2200; ++year) {
            for (int month = 1; month <= 12; ++month) {
                for (int day = 1; day <= 31; ++day)
                    texts << QStringLiteral("%1-%2-%3")
                                 .arg(year, 4, 10, QLatin1Char('0'))
                                 .arg(month, 2, 10, QLatin1Char('0'))
                                 .arg(day, 2, 10, QLatin1Char('0'));
            }
        }
        values.resize(size_t(texts.size()));
        IsoDayIndex<int> index;
        // Out of order, as a shuffled export brings them: the index grows at both ends.
        for (qsizetype i = texts.size() / 2; i < texts.size(); ++i)
            index.remember(texts.at(i), &values[size_t(i)]);
        for (qsizetype i = texts.size() / 2 - 1; i >= 0; --i)
            index.remember(texts.at(i), &values[size_t(i)]);
        for (qsizetype i = 0; i < texts.size(); ++i)
            QVERIFY2(index.find(texts.at(i)) == &values[size_t(i)], qPrintable(texts.at(i)));
    }

    void otherTextsAreLeftToTheCaller()
    {
        int value = 0;
        IsoDayIndex<int> index;
        index.remember(QStringLiteral("2026-03-15"), &value);
        QCOMPARE(index.find(QStringLiteral("2026-03-15")), &value);
        for (const char* text : {"2026-03-16", "15-03-2026", "2026/03/15", "2026-3-15", "2026-03-15 ",
                 "2026-13-01", "2026-00-10", "2026-03-32", "2026-03-00", "1899-12-31", "2200-01-01",
                 "２０２６-03-15", "", "2026-03-1x"}) {
            QVERIFY2(!index.find(QString::fromUtf8(text)), text);
            index.remember(QString::fromUtf8(text), &value); // kept only when it is a day
        }
        QVERIFY(index.find(QStringLiteral("2026-03-16")));
        QVERIFY(!index.find(QStringLiteral("2026-03-32")));
        QVERIFY(!index.find(QStringLiteral("1899-12-31")));
        index.clear();
        QVERIFY(!index.find(QStringLiteral("2026-03-15")));
    }
};

QTEST_GUILESS_MAIN(TextLookupTest)
#include "TextLookupTest.moc"
