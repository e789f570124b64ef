#include "NumberParser.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <QCoreApplication>
#include <QLocale>

namespace stuurboord {

namespace {

struct Cleaned
{
    QString digits; // digits, '.', ',' and an exponent; no sign, currency, spaces or '%'
    bool negative = false;
    bool percent = false;
    QString currency;
};

bool stripCurrency(QString& s, Cleaned& c)
{
    static const QStringList symbols = {QStringLiteral("€"), QStringLiteral("$"),
        QStringLiteral("£"), QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP")};
    for (const QString& symbol : symbols) {
        if (s.startsWith(symbol, Qt::CaseInsensitive) || s.endsWith(symbol, Qt::CaseInsensitive)) {
            if (s.startsWith(symbol, Qt::CaseInsensitive))
                s.remove(0, symbol.size());
            else
                s.chop(symbol.size());
            c.currency = symbol.size() == 1 ? symbol : symbol.toUpper();
            return true;
        }
    }
    return false;
}

// Peels signs, currency, percent and spaces off in any order: "-€ 1.234,56", "€-5", "(12)".
Cleaned clean(QStringView text)
{
    Cleaned c;
    QString s;
    s.reserve(text.size());
    for (QChar ch : text) {
        if (!ch.isSpace())
            s.append(ch);
    }
    if (s.size() > 2 && s.front() == u'(' && s.back() == u')') {
        c.negative = true; // accountants write losses in parentheses
        s = s.mid(1, s.size() - 2);
    }
    for (bool changed = true; changed && !s.isEmpty();) {
        changed = false;
        if (s.front() == u'-' || s.front() == QChar(0x2212) || s.front() == u'+') {
            c.negative = c.negative != (s.front() != u'+');
            s.remove(0, 1);
            changed = true;
        } else if (s.back() == u'%' && !c.percent) {
            c.percent = true;
            s.chop(1);
            changed = true;
        } else if (c.currency.isEmpty() && stripCurrency(s, c)) {
            changed = true;
        }
    }
    c.digits = s;
    return c;
}

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Which convention one value shows, if any. "3,215" and "1.500" show nothing: either
// reading is a valid number.
std::optional<NumberConvention> evidence(const QString& digits)
{
    const qsizetype commas = digits.count(u',');
    const qsizetype points = digits.count(u'.');
    if (commas && points)
        return digits.lastIndexOf(u',') > digits.lastIndexOf(u'.') ? NumberConvention::Dutch
                                                                   : NumberConvention::English;
    if (commas > 1)
        return NumberConvention::English;
    if (points > 1)
        return NumberConvention::Dutch;
    if (commas + points == 0)
        return std::nullopt;
    const QChar sep = commas ? u',' : u'.';
    const qsizetype at = digits.indexOf(sep);
    const qsizetype intLength = at;
    const qsizetype fracLength = digits.size() - at - 1;
    // A thousands group has exactly three digits after the separator and 1-3 before,
    // not starting with 0.
    const bool canBeGroup
        = fracLength == 3 && intLength >= 1 && intLength <= 3 && digits.front() != u'0';
    if (canBeGroup)
        return std::nullopt;
    return sep == u',' ? NumberConvention::Dutch : NumberConvention::English;
}

// Most cells of a large export are plain numbers ("1234", "-5", "3.5" with the column's
// decimal sign): those are read here without building strings, the rest goes the long way.
std::optional<ParsedNumber> plainNumber(QStringView text, NumberConvention convention)
{
    const char16_t decimal = convention == NumberConvention::Dutch ? u',' : u'.';
    char buffer[24];
    qsizetype length = 0;
    bool seenDecimal = false;
    bool seenDigit = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= u'0' && u <= u'9') {
            seenDigit = true;
            buffer[length++] = char(u);
        } else if (u == u'-' && i == 0) {
            buffer[length++] = '-';
        } else if (u == decimal && !seenDecimal && seenDigit) {
            seenDecimal = true;
            buffer[length++] = '.';
        } else {
            return std::nullopt;
        }
        if (length >= qsizetype(sizeof buffer) - 1 || (!seenDecimal && length > 15))
            return std::nullopt; // long digit runs may be byte counts: the exact path
    }
    if (!seenDigit || buffer[length - 1] == '.')
        return std::nullopt;
    ParsedNumber n;
    n.kind = ParsedNumber::Kind::Number;
    const char* end = buffer + length;
    if (!seenDecimal) {
        qint64 exact = 0;
        if (std::from_chars(buffer, end, exact).ptr != end)
            return std::nullopt;
        n.exact = exact;
        n.value = double(exact);
        return n;
    }
    if (std::from_chars(buffer, end, n.value).ptr != end)
        return std::nullopt;
    return n;
}

ParsedNumber invalid(QStringView text, const QString& why)
{
    ParsedNumber n;
    n.kind = ParsedNumber::Kind::Invalid;
    n.error = why.isEmpty()
        ? QCoreApplication::translate("Import", "\"%1\" is not a number").arg(text)
        : why;
    return n;
}

ParsedNumber duration(QStringView text)
{
    Cleaned c = clean(text);
    const QStringList parts = c.digits.split(u':');
    qint64 seconds = 0;
    bool fine = parts.size() == 2 || parts.size() == 3;
    for (qsizetype i = 0; fine && i < parts.size(); ++i) {
        // Hours past nine digits (a fuzzer's 471628230915345678:00) are no duration, and
        // would overflow the count of seconds.
        fine = !parts[i].isEmpty() && allDigits(parts[i])
            && (i == 0 ? parts[i].size() <= 9 : parts[i].size() == 2 && parts[i].toInt() < 60);
        seconds = seconds * 60 + parts[i].toLongLong();
    }
    if (!fine || !c.currency.isEmpty() || c.percent) {
        return invalid(text,
            QCoreApplication::translate("Import", "\"%1\" is not a duration such as 00:01:48")
                .arg(text));
    }
    ParsedNumber n;
    n.kind = ParsedNumber::Kind::Duration;
    n.exact = c.negative ? -seconds : seconds;
    n.value = double(*n.exact);
    return n;
}

} // namespace

QString NumberParser::conventionName(NumberConvention convention)
{
    return convention == NumberConvention::Dutch
        ? QCoreApplication::translate("Import", "a decimal comma (1.234,5)")
        : QCoreApplication::translate("Import", "a decimal point (1,234.5)");
}

NumberConventionGuess NumberParser::guessConvention(
    const QStringList& samples, NumberConvention fallback)
{
    int votes[2] = {0, 0};
    QString example[2];
    QString undecided;
    for (const QString& sample : samples) {
        if (sample.contains(u':'))
            continue;
        const QString digits = clean(sample).digits;
        const auto shown = evidence(digits);
        if (!shown) {
            if (undecided.isEmpty() && (digits.contains(u',') || digits.contains(u'.')))
                undecided = sample.trimmed();
            continue;
        }
        const int side = int(*shown);
        if (votes[side]++ == 0)
            example[side] = sample.trimmed();
    }
    NumberConventionGuess guess;
    const int dutch = int(NumberConvention::Dutch);
    const int english = int(NumberConvention::English);
    if (votes[dutch] + votes[english] == 0) {
        guess.convention = fallback;
        guess.reason = undecided.isEmpty()
            ? QCoreApplication::translate(
                "Import", "numbers have no decimals or thousands separators")
            : QCoreApplication::translate("Import",
                "no value shows which convention the numbers use (\"%1\" fits "
                "both); read with %2 by default")
                  .arg(undecided, conventionName(fallback));
        return guess;
    }
    guess.decided = true;
    guess.convention
        = votes[english] > votes[dutch] ? NumberConvention::English : NumberConvention::Dutch;
    const int chosen = int(guess.convention);
    const int other = 1 - chosen;
    guess.reason
        = QCoreApplication::translate("Import", "numbers read with %1 because \"%2\" occurs")
              .arg(conventionName(guess.convention), example[chosen]);
    if (votes[other] > 0) {
        guess.conflicting = true;
        guess.reason += QCoreApplication::translate(
            "Import", "; %n value(s) such as \"%1\" do not fit", nullptr, votes[other])
                            .arg(example[other]);
    }
    return guess;
}

ParsedNumber NumberParser::parse(QStringView text, NumberConvention convention)
{
    ParsedNumber n = parseAnySize(text, convention);
    // Beyond a trillion trillion a figure is a typing or export error, and two such figures
    // added up would overflow to infinity (shown as null) without a word.
    if (n.hasValue() && !(std::abs(n.value) <= 1e18)) {
        return invalid(text.trimmed(),
            QCoreApplication::translate("Import", "\"%1\" is too large for a usage figure")
                .arg(text.trimmed()));
    }
    return n;
}

ParsedNumber NumberParser::parseAnySize(QStringView text, NumberConvention convention)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (const std::optional<ParsedNumber> plain = plainNumber(trimmed, convention))
        return *plain;
    if (trimmed.contains(u':'))
        return duration(trimmed);
    const Cleaned c = clean(trimmed);
    QStringView mantissa = c.digits;
    QString exponent;
    if (const qsizetype e = c.digits.indexOf(u'e', 0, Qt::CaseInsensitive); e >= 0) {
        exponent = c.digits.mid(e + 1);
        mantissa = mantissa.first(e);
        const QStringView digits = exponent.startsWith(u'-') || exponent.startsWith(u'+')
            ? QStringView(exponent).mid(1)
            : QStringView(exponent);
        if (digits.isEmpty() || !allDigits(digits))
            return invalid(trimmed, {});
    }
    const QChar decimal = convention == NumberConvention::Dutch ? u',' : u'.';
    const QChar group = convention == NumberConvention::Dutch ? u'.' : u',';
    const auto mismatch = [&] {
        return QCoreApplication::translate("Import",
            "\"%1\" does not fit the convention of this column: "
            "numbers are read with %2")
            .arg(trimmed, conventionName(convention));
    };
    const qsizetype at = mantissa.indexOf(decimal);
    const QStringView whole = at < 0 ? mantissa : mantissa.first(at);
    const QStringView fraction = at < 0 ? QStringView() : mantissa.mid(at + 1);
    if (!allDigits(fraction))
        return invalid(trimmed,
            fraction.contains(decimal) || fraction.contains(group) ? mismatch() : QString());
    QString integer;
    const QList<QStringView> groups = whole.split(group);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QStringView g = groups[i];
        if (!allDigits(g))
            return invalid(trimmed, {});
        const bool sized
            = groups.size() == 1 || (i == 0 ? g.size() >= 1 && g.size() <= 3 : g.size() == 3);
        if (!sized)
            return invalid(trimmed, mismatch());
        integer += g;
    }
    if (integer.isEmpty() && fraction.isEmpty())
        return invalid(trimmed, {});

    ParsedNumber n;
    n.kind = c.percent ? ParsedNumber::Kind::Percent : ParsedNumber::Kind::Number;
    n.currency = c.currency;
    bool ok = false;
    if (fraction.isEmpty() && exponent.isEmpty()) {
        const qint64 exact = integer.toLongLong(&ok);
        if (ok)
            n.exact = c.negative ? -exact : exact;
    }
    QString plain = integer.isEmpty() ? QStringLiteral("0") : integer;
    if (!fraction.isEmpty())
        plain += u'.' + fraction;
    if (!exponent.isEmpty())
        plain += u'e' + exponent;
    n.value = QLocale::c().toDouble(plain, &ok);
    if (!ok && std::isinf(n.value)) {
        return invalid(trimmed,
            QCoreApplication::translate("Import", "\"%1\" is too large for a usage figure")
                .arg(trimmed));
    }
    if (!ok)
        return invalid(trimmed, {});
    if (c.negative)
        n.value = -n.value;
    return n;
}

} // namespace stuurboord
