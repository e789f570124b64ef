#include "import/DateParser.h"
#include "import/NumberParser.h"

#include <QTest>

using namespace stuurboord;

Q_DECLARE_METATYPE(ParsedNumber::Kind)
Q_DECLARE_METATYPE(ParsedDate::Kind)

// Figures and dates as a coordinator checks them in the preview: 1.234,5 is one thousand
// two hundred and something, 13-03-2026 is in March, an empty cell is not zero.
class ImportValuesTest final : public QObject
{
    Q_OBJECT

private slots:
    void readsNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("convention");
        QTest::addColumn<ParsedNumber::Kind>("kind");
        QTest::addColumn<double>("value");
        const int nl = int(NumberConvention::Dutch);
        const int en = int(NumberConvention::English);
        using K = ParsedNumber::Kind;
        QTest::newRow("nl thousands and decimals")
            << QStringLiteral("1.234,5") << nl << K::Number << 1234.5;
        QTest::newRow("en thousands and decimals")
            << QStringLiteral("1,234.5") << en << K::Number << 1234.5;
        QTest::newRow("en 3,215 is thousands")
            << QStringLiteral("3,215") << en << K::Number << 3215.0;
        QTest::newRow("nl 3,215 is decimals")
            << QStringLiteral("3,215") << nl << K::Number << 3.215;
        QTest::newRow("nl 3,2") << QStringLiteral("3,2") << nl << K::Number << 3.2;
        QTest::newRow("nl percent") << QStringLiteral("64,5%") << nl << K::Percent << 64.5;
        QTest::newRow("en percent") << QStringLiteral("43 %") << en << K::Percent << 43.0;
        QTest::newRow("duration") << QStringLiteral("00:01:48") << nl << K::Duration << 108.0;
        QTest::newRow("minutes and seconds")
            << QStringLiteral("2:05") << en << K::Duration << 125.0;
        QTest::newRow("dollars") << QStringLiteral("$0.00") << en << K::Number << 0.0;
        QTest::newRow("euros") << QStringLiteral("€ 1.234,56") << nl << K::Number << 1234.56;
        QTest::newRow("negative euros") << QStringLiteral("-€ 5,25") << nl << K::Number << -5.25;
        QTest::newRow("minus sign") << QStringLiteral("−12") << nl << K::Number << -12.0;
        QTest::newRow("parentheses") << QStringLiteral("(1,500.25)") << en << K::Number << -1500.25;
        QTest::newRow("spaces in thousands")
            << QStringLiteral("1 234 567") << nl << K::Number << 1234567.0;
        QTest::newRow("exponent") << QStringLiteral("1.5E+10") << en << K::Number << 1.5e10;
        QTest::newRow("empty") << QStringLiteral("  ") << nl << K::Empty << 0.0;
        QTest::newRow("garbage") << QStringLiteral("n.v.t.") << nl << K::Invalid << 0.0;
        QTest::newRow("wrong convention") << QStringLiteral("3,2") << en << K::Invalid << 0.0;
        QTest::newRow("bad duration") << QStringLiteral("00:61:00") << nl << K::Invalid << 0.0;
        QTest::newRow("long duration") << QStringLiteral("123456789:00:00") << nl << K::Duration
                                       << 123456789.0 * 3600;
        // fuzz_numbers_dates: the seconds of this overflowed a 64-bit integer (undefined).
        QTest::newRow("endless duration")
            << QStringLiteral("471628230915345678:00") << nl << K::Invalid << 0.0;
    }

    void readsNumbers()
    {
        QFETCH(QString, text);
        QFETCH(int, convention);
        QFETCH(ParsedNumber::Kind, kind);
        QFETCH(double, value);
        const ParsedNumber n = NumberParser::parse(text, NumberConvention(convention));
        QCOMPARE(n.kind, kind);
        QCOMPARE(
            n.hasValue(), kind != ParsedNumber::Kind::Empty && kind != ParsedNumber::Kind::Invalid);
        if (n.hasValue())
            QCOMPARE(n.value, value);
        else if (kind == ParsedNumber::Kind::Invalid)
            QVERIFY(!n.error.isEmpty());
    }

    void numbersKeepTheirDetails()
    {
        const ParsedNumber bytes
            = NumberParser::parse(u"9007199254740993", NumberConvention::Dutch);
        QCOMPARE(bytes.exact, qint64(9007199254740993)); // 2^53 + 1: a double would round it
        QCOMPARE(NumberParser::parse(u"€ 1.234,56", NumberConvention::Dutch).currency,
            QStringLiteral("€"));
        QVERIFY(NumberParser::parse(u"43%", NumberConvention::English).isPercent());
        QVERIFY(!NumberParser::parse(u"1,5", NumberConvention::Dutch).exact);
        QCOMPARE(NumberParser::parse(u"n.v.t.", NumberConvention::Dutch).error,
            QStringLiteral("\"n.v.t.\" is not a number"));
        QCOMPARE(NumberParser::parse(u"3,2", NumberConvention::English).error,
            QStringLiteral(
                "\"3,2\" does not fit the convention of this column: numbers are read with a "
                "decimal point (1,234.5)"));
    }

    void choosesTheNumberConventionPerColumn()
    {
        auto guess
            = NumberParser::guessConvention({QStringLiteral("3,215"), QStringLiteral("1,234,567")});
        QCOMPARE(guess.convention, NumberConvention::English);
        QCOMPARE(guess.reason,
            QStringLiteral(
                "numbers read with a decimal point (1,234.5) because \"1,234,567\" occurs"));
        guess = NumberParser::guessConvention(
            {QStringLiteral("3,215"), QStringLiteral("3,2")}, NumberConvention::English);
        QCOMPARE(guess.convention, NumberConvention::Dutch);
        QVERIFY(guess.decided && !guess.conflicting);
        guess = NumberParser::guessConvention(
            {QStringLiteral("3,215"), QStringLiteral("812")}, NumberConvention::English);
        QVERIFY(!guess.decided);
        QCOMPARE(guess.convention, NumberConvention::English);
        QCOMPARE(guess.reason,
            QStringLiteral("no value shows which convention the numbers use (\"3,215\" fits both); "
                           "read with a decimal point (1,234.5) by default"));
        guess = NumberParser::guessConvention(
            {QStringLiteral("1.234,5"), QStringLiteral("7,8"), QStringLiteral("1.5")});
        QCOMPARE(guess.convention, NumberConvention::Dutch);
        QVERIFY(guess.conflicting);
        QVERIFY2(guess.reason.endsWith(u"; 1 value(s) such as \"1.5\" do not fit"),
            qPrintable(guess.reason));
        guess = NumberParser::guessConvention({QStringLiteral("0,250"), QStringLiteral("€ 1.234")});
        QCOMPARE(guess.convention, NumberConvention::Dutch); // 0,250 cannot be a thousands group
    }

    void readsDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ParsedDate::Kind>("kind");
        QTest::addColumn<QDate>("date");
        using K = ParsedDate::Kind;
        QTest::newRow("iso") << QStringLiteral("2026-03-01") << K::Day << QDate(2026, 3, 1);
        QTest::newRow("iso with time")
            << QStringLiteral("2026-03-01T00:00:00Z") << K::Day << QDate(2026, 3, 1);
        QTest::newRow("compact") << QStringLiteral("20260301") << K::Day << QDate(2026, 3, 1);
        QTest::newRow("d-M-yyyy") << QStringLiteral("1-3-2026") << K::Day << QDate(2026, 3, 1);
        QTest::newRow("dd-MM-yyyy") << QStringLiteral("13-03-2026") << K::Day << QDate(2026, 3, 13);
        QTest::newRow("month") << QStringLiteral("2026-03") << K::Month << QDate(2026, 3, 1);
        QTest::newRow("ga4 year month")
            << QStringLiteral("202603") << K::Month << QDate(2026, 3, 1);
        QTest::newRow("apr-25") << QStringLiteral("apr-25") << K::Month << QDate(2025, 4, 1);
        QTest::newRow("maart 2026")
            << QStringLiteral("maart 2026") << K::Month << QDate(2026, 3, 1);
        QTest::newRow("March 2026")
            << QStringLiteral("March 2026") << K::Month << QDate(2026, 3, 1);
        QTest::newRow("1 mrt 2026") << QStringLiteral("1 mrt 2026") << K::Day << QDate(2026, 3, 1);
        QTest::newRow("Mar 1, 2026")
            << QStringLiteral("Mar 1, 2026") << K::Day << QDate(2026, 3, 1);
        QTest::newRow("17-okt-2025")
            << QStringLiteral("17-okt-2025") << K::Day << QDate(2025, 10, 17);
        QTest::newRow("mei") << QStringLiteral("Mei 2026") << K::Month << QDate(2026, 5, 1);
        QTest::newRow("iso week") << QStringLiteral("2026-W14") << K::Week << QDate(2026, 3, 30);
        QTest::newRow("iso week 1") << QStringLiteral("2026W01") << K::Week << QDate(2025, 12, 29);
        QTest::newRow("empty") << QString() << K::Empty << QDate();
        QTest::newRow("no month 13") << QStringLiteral("2026-13-01") << K::Invalid << QDate();
        QTest::newRow("30 February") << QStringLiteral("30-2-2026") << K::Invalid << QDate();
        QTest::newRow("2026 has a week 53")
            << QStringLiteral("2026-W53") << K::Week << QDate(2026, 12, 28);
        QTest::newRow("2025 has none") << QStringLiteral("2025-W53") << K::Invalid << QDate();
        QTest::newRow("unknown name") << QStringLiteral("1 brumaire 2026") << K::Invalid << QDate();
    }

    void readsDates()
    {
        QFETCH(QString, text);
        QFETCH(ParsedDate::Kind, kind);
        QFETCH(QDate, date);
        const ParsedDate d = DateParser::parse(text, DateOrder::DayFirst);
        QVERIFY2(d.kind == kind, qPrintable(d.error));
        QCOMPARE(d.date, date);
        QCOMPARE(d.error.isEmpty(), kind != ParsedDate::Kind::Invalid);
    }

    void periodsKnowTheirLastDay()
    {
        QCOMPARE(DateParser::parse(u"2026-02").lastDay(), QDate(2026, 2, 28));
        QCOMPARE(DateParser::parse(u"2026-W14").lastDay(), QDate(2026, 4, 5));
        QCOMPARE(DateParser::parse(u"13-03-2026").lastDay(), QDate(2026, 3, 13));
        QCOMPARE(DateParser::parse(u"30-2-2026").error,
            QStringLiteral("\"30-2-2026\" is not a date: 2026-02 has no day 30"));
    }

    void decidesDayMonthOrderFromTheWholeColumn()
    {
        auto guess
            = DateParser::guessOrder({QStringLiteral("01-03-2026"), QStringLiteral("13-03-2026")});
        QCOMPARE(guess.order, DateOrder::DayFirst);
        QCOMPARE(
            guess.reason, QStringLiteral("dates read as day-month-year because 13-03-2026 occurs"));

        const QStringList american = {QStringLiteral("3/1/26"), QStringLiteral("3/13/26")};
        guess = DateParser::guessOrder(american);
        QCOMPARE(guess.order, DateOrder::MonthFirst);
        QCOMPARE(
            guess.reason, QStringLiteral("dates read as month-day-year because 3/13/26 occurs"));
        QCOMPARE(DateParser::parse(american.first(), guess.order).date, QDate(2026, 3, 1));
        QCOMPARE(DateParser::parse(american.first(), DateOrder::DayFirst).date, QDate(2026, 1, 3));

        guess
            = DateParser::guessOrder({QStringLiteral("01-03-2026"), QStringLiteral("02-03-2026")});
        QCOMPARE(guess.order, DateOrder::DayFirst);
        QVERIFY(!guess.decided);
        QCOMPARE(guess.reason,
            QStringLiteral("no date shows whether the day or the month comes first (\"01-03-2026\" "
                           "fits both); read as day-month-year, as is usual in Dutch"));

        guess = DateParser::guessOrder({QStringLiteral("13-03-2026"), QStringLiteral("14-03-2026"),
            QStringLiteral("03-15-2026")});
        QCOMPARE(guess.order, DateOrder::DayFirst);
        QVERIFY(guess.conflicting);
        QCOMPARE(DateParser::parse(u"03-15-2026", guess.order).error,
            QStringLiteral("\"03-15-2026\" is not a date: there is no month 15"));

        guess
            = DateParser::guessOrder({QStringLiteral("2026-03-01"), QStringLiteral("maart 2026")});
        QVERIFY(guess.decided);
        QCOMPARE(guess.reason, QStringLiteral("no date has its day and month in doubt"));
    }
};

QTEST_GUILESS_MAIN(ImportValuesTest)
#include "ImportValuesTest.moc"
