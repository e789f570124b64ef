#include "DateParser.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace stuurboord {

namespace {

struct Token
{
    QStringView text;
    bool digits = false;
};

// Digits and letters in runs; '-', '/', '.', ',' and spaces only separate them.
std::optional<QList<Token>> tokenize(QStringView text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'-' || c == u'/' || c == u'.' || c == u',' || c == u'\'' || c.isSpace()) {
            ++i;
            continue;
        }
        const bool digit = c.isDigit();
        if (!digit && !c.isLetter())
            return std::nullopt;
        qsizetype j = i;
        while (j < text.size() && (digit ? text[j].isDigit() : text[j].isLetter()))
            ++j;
        tokens.append({text.sliced(i, j - i), digit});
        i = j;
    }
    return tokens;
}

// Exports add a time to dates now and then ("2026-03-01T00:00:00Z", "3/1/26 12:00 AM").
QStringView withoutTime(QStringView text)
{
    static const QRegularExpression time(QStringLiteral(
        "[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[AaPp][Mm])?$"));
    const auto match = time.match(text);
    return match.hasMatch() ? text.first(match.capturedStart()).trimmed() : text;
}

int yearOf(QStringView token)
{
    if (token.size() == 4)
        return token.toInt();
    if (token.size() == 2) {
        const int yy = token.toInt();
        return yy < 70 ? 2000 + yy : 1900 + yy; // analytics data is from this century
    }
    return 0;
}

ParsedDate invalid(QStringView text, const QString& why = {})
{
    ParsedDate d;
    d.kind = ParsedDate::Kind::Invalid;
    d.error = why.isEmpty()
        ? QCoreApplication::translate("Import", "\"%1\" is not a date").arg(text)
        : why;
    return d;
}

ParsedDate made(QStringView text, ParsedDate::Kind kind, int year, int month, int day)
{
    if (year <= 0)
        return invalid(text);
    if (month < 1 || month > 12)
        return invalid(text,
            QCoreApplication::translate("Import", "\"%1\" is not a date: there is no month %2")
                .arg(text)
                .arg(month));
    const QDate date(year, month, day);
    if (!date.isValid())
        return invalid(text,
            QCoreApplication::translate("Import", "\"%1\" is not a date: %2-%3 has no day %4")
                .arg(text)
                .arg(year)
                .arg(month, 2, 10, QLatin1Char('0'))
                .arg(day));
    ParsedDate d;
    d.kind = kind;
    d.date = date;
    return d;
}

// The two leading numbers of a d-m-y or m-d-y date, when the form is numeric and not ISO.
std::optional<std::pair<int, int>> ambiguousPair(const QList<Token>& tokens)
{
    if (tokens.size() != 3 || tokens[0].text.size() > 2 || tokens[1].text.size() > 2)
        return std::nullopt;
    for (const Token& t : tokens) {
        if (!t.digits)
            return std::nullopt;
    }
    return std::pair(tokens[0].text.toInt(), tokens[1].text.toInt());
}

} // namespace

QDate ParsedDate::lastDay() const
{
    switch (kind) {
    case Kind::Day:
        return date;
    case Kind::Month:
        return date.addMonths(1).addDays(-1);
    case Kind::Week:
        return date.addDays(6);
    case Kind::Range:
        return last;
    case Kind::Empty:
    case Kind::Invalid:
        break;
    }
    return {};
}

int DateParser::monthFromName(QStringView name)
{
    QString key = name.toString().toLower();
    if (key.endsWith(u'.'))
        key.chop(1);
    static const QList<QStringList> names = {
        {QStringLiteral("jan"), QStringLiteral("januari"), QStringLiteral("january")},
        {QStringLiteral("feb"), QStringLiteral("februari"), QStringLiteral("february")},
        {QStringLiteral("mrt"), QStringLiteral("maart"), QStringLiteral("mar"),
            QStringLiteral("march"), QStringLiteral("maa")},
        {QStringLiteral("apr"), QStringLiteral("april")},
        {QStringLiteral("mei"), QStringLiteral("may")},
        {QStringLiteral("jun"), QStringLiteral("juni"), QStringLiteral("june")},
        {QStringLiteral("jul"), QStringLiteral("juli"), QStringLiteral("july")},
        {QStringLiteral("aug"), QStringLiteral("augustus"), QStringLiteral("august")},
        {QStringLiteral("sep"), QStringLiteral("sept"), QStringLiteral("september")},
        {QStringLiteral("okt"), QStringLiteral("oct"), QStringLiteral("oktober"),
            QStringLiteral("october")},
        {QStringLiteral("nov"), QStringLiteral("november")},
        {QStringLiteral("dec"), QStringLiteral("december")},
    };
    for (qsizetype m = 0; m < names.size(); ++m) {
        if (names[m].contains(key))
            return int(m) + 1;
    }
    return 0;
}

QDate DateParser::isoWeekStart(int year, int week)
{
    // 4 January is always in week 1; its Monday starts the ISO year.
    const QDate jan4(year, 1, 4);
    if (!jan4.isValid() || week < 1)
        return {};
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * qint64(week - 1));
    int isoYear = 0;
    monday.weekNumber(&isoYear);
    return isoYear == year ? monday : QDate();
}

QString DateParser::orderName(DateOrder order)
{
    return order == DateOrder::DayFirst ? QCoreApplication::translate("Import", "day-month-year")
                                        : QCoreApplication::translate("Import", "month-day-year");
}

ParsedDate DateParser::parse(QStringView input, DateOrder order)
{
    const QStringView text = withoutTime(input.trimmed());
    if (text.isEmpty())
        return {};
    // The tokens below drop a leading minus: "-0001-01-01" (ISO's year -1) would read as
    // 1 January of the year 1.
    if (text.front() == u'-' || text.front() == u'+') {
        return invalid(text,
            QCoreApplication::translate("Import", "\"%1\" is not a date: it starts with a sign")
                .arg(text));
    }
    // Matomo writes a week or a range as its first and last day: "2009-12-28,2010-01-03".
    if (const qsizetype comma = text.indexOf(u','); comma > 0) {
        const ParsedDate first = parse(text.first(comma), order);
        const ParsedDate last = parse(text.sliced(comma + 1), order);
        // Otherwise a comma within one date: "Mar 1, 2026".
        if (first.kind == ParsedDate::Kind::Day && last.kind == ParsedDate::Kind::Day
            && first.date <= last.date) {
            ParsedDate range;
            range.kind = ParsedDate::Kind::Range;
            range.date = first.date;
            range.last = last.date;
            return range;
        }
    }
    static const QRegularExpression isoWeek(
        QStringLiteral("^(\\d{4})-?[Ww](\\d{1,2})(?:-?([1-7]))?$"));
    if (const auto week = isoWeek.match(text); week.hasMatch()) {
        const QDate monday
            = isoWeekStart(week.capturedView(1).toInt(), week.capturedView(2).toInt());
        if (!monday.isValid())
            return invalid(text,
                QCoreApplication::translate(
                    "Import", "\"%1\" is not a date: that ISO week does not exist")
                    .arg(text));
        ParsedDate d;
        d.kind = week.hasCaptured(3) ? ParsedDate::Kind::Day : ParsedDate::Kind::Week;
        d.date = monday.addDays(week.hasCaptured(3) ? week.capturedView(3).toInt() - 1 : 0);
        return d;
    }
    const auto tokens = tokenize(text);
    if (!tokens || tokens->isEmpty() || tokens->size() > 3)
        return invalid(text);
    const QList<Token>& t = *tokens;
    using Kind = ParsedDate::Kind;
    const auto number = [](QStringView s) { return s.toInt(); };
    qsizetype nameAt = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i].digits)
            continue;
        if (nameAt >= 0 || monthFromName(t[i].text) == 0)
            return invalid(text);
        nameAt = i;
    }
    if (nameAt < 0) {
        if (t.size() == 1 && t[0].text.size() == 8)
            return made(text, Kind::Day, number(t[0].text.first(4)), number(t[0].text.sliced(4, 2)),
                number(t[0].text.last(2)));
        if (t.size() == 1 && t[0].text.size() == 6)
            return made(
                text, Kind::Month, number(t[0].text.first(4)), number(t[0].text.last(2)), 1);
        if (t.size() == 2 && t[0].text.size() == 4 && t[1].text.size() <= 2)
            return made(text, Kind::Month, number(t[0].text), number(t[1].text), 1);
        if (t.size() == 2 && t[1].text.size() == 4 && t[0].text.size() <= 2)
            return made(text, Kind::Month, number(t[1].text), number(t[0].text), 1);
        if (t.size() == 3 && t[0].text.size() == 4 && t[1].text.size() <= 2
            && t[2].text.size() <= 2)
            return made(text, Kind::Day, number(t[0].text), number(t[1].text), number(t[2].text));
        if (const auto pair = ambiguousPair(t)) {
            const bool dayFirst = order == DateOrder::DayFirst;
            return made(text, Kind::Day, yearOf(t[2].text), dayFirst ? pair->second : pair->first,
                dayFirst ? pair->first : pair->second);
        }
        return invalid(text);
    }
    const int month = monthFromName(t[nameAt].text);
    if (t.size() == 2 && nameAt == 0 && (t[1].text.size() == 2 || t[1].text.size() == 4))
        return made(text, Kind::Month, yearOf(t[1].text), month, 1); // "maart 2026", "apr-25"
    if (t.size() == 2 && nameAt == 1 && t[0].text.size() == 4)
        return made(text, Kind::Month, yearOf(t[0].text), month, 1); // "2026 maart"
    if (t.size() == 3 && nameAt == 1 && t[0].text.size() <= 2)
        return made(text, Kind::Day, yearOf(t[2].text), month, number(t[0].text)); // "1 mrt 2026"
    if (t.size() == 3 && nameAt == 0 && t[1].text.size() <= 2)
        return made(
            text, Kind::Day, yearOf(t[2].text), month, number(t[1].text)); // "March 1, 2026"
    if (t.size() == 3 && nameAt == 1 && t[0].text.size() == 4)
        return made(text, Kind::Day, yearOf(t[0].text), month, number(t[2].text)); // "2026-Mar-01"
    return invalid(text);
}

DateOrderGuess DateParser::guessOrder(const QStringList& samples, DateOrder fallback)
{
    int votes[2] = {0, 0};
    QString example[2];
    QString undecided;
    for (const QString& sample : samples) {
        const auto tokens = tokenize(withoutTime(QStringView(sample).trimmed()));
        const auto pair = tokens ? ambiguousPair(*tokens) : std::nullopt;
        if (!pair)
            continue;
        const auto [first, second] = *pair;
        std::optional<DateOrder> shown;
        if (first > 12 && second <= 12)
            shown = DateOrder::DayFirst;
        else if (second > 12 && first <= 12)
            shown = DateOrder::MonthFirst;
        if (!shown) {
            if (undecided.isEmpty())
                undecided = sample.trimmed();
            continue;
        }
        if (votes[int(*shown)]++ == 0)
            example[int(*shown)] = sample.trimmed();
    }
    DateOrderGuess guess;
    if (votes[0] + votes[1] == 0) {
        guess.order = fallback;
        guess.decided = undecided.isEmpty();
        if (undecided.isEmpty())
            guess.reason
                = QCoreApplication::translate("Import", "no date has its day and month in doubt");
        else if (fallback == DateOrder::DayFirst)
            guess.reason = QCoreApplication::translate("Import",
                "no date shows whether the day or the month comes first "
                "(\"%1\" fits both); read as day-month-year, as is usual "
                "in Dutch")
                               .arg(undecided);
        else
            guess.reason = QCoreApplication::translate("Import",
                "no date shows whether the day or the month comes first "
                "(\"%1\" fits both); read as %2 by default")
                               .arg(undecided, orderName(fallback));
        return guess;
    }
    guess.decided = true;
    guess.order = votes[int(DateOrder::MonthFirst)] > votes[int(DateOrder::DayFirst)]
        ? DateOrder::MonthFirst
        : DateOrder::DayFirst;
    const int chosen = int(guess.order);
    guess.reason = QCoreApplication::translate("Import", "dates read as %1 because %2 occurs")
                       .arg(orderName(guess.order), example[chosen]);
    if (votes[1 - chosen] > 0) {
        guess.conflicting = true;
        guess.reason += QCoreApplication::translate(
            "Import", "; %n date(s) such as %1 do not fit", nullptr, votes[1 - chosen])
                            .arg(example[1 - chosen]);
    }
    return guess;
}

} // namespace stuurboord
