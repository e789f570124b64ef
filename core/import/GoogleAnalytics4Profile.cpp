#include "GoogleAnalytics4Profile.h"

#include "DateParser.h"

#include <algorithm>
#include <QCoreApplication>

namespace stuurboord {

namespace {
// The text after "Start date:" (or the Dutch interface's "Begindatum:"); null when `line`
// is not such a line.
QString valueOf(const QString& line, const QStringList& keys)
{
    const QString text = line.trimmed();
    for (const QString& key : keys) {
        if (text.startsWith(key, Qt::CaseInsensitive))
            return text.mid(key.size()).trimmed();
    }
    return {};
}

const QStringList startKeys{QStringLiteral("Start date:"), QStringLiteral("Begindatum:")};
const QStringList endKeys{QStringLiteral("End date:"), QStringLiteral("Einddatum:")};

// "Nth day" 0003 is the fourth day of the report; "Nth week" and "Nth month" count weeks
// from its first day and calendar months from its first month.
QDate offsetStart(const QString& name, int n, const QDate& start, QDate* last)
{
    if (name == QStringLiteral("nth day")) {
        *last = start.addDays(n);
        return *last;
    }
    if (name == QStringLiteral("nth week")) {
        *last = start.addDays(7 * qint64(n) + 6);
        return start.addDays(7 * qint64(n));
    }
    const QDate month = start.addMonths(n);
    const QDate first(month.year(), month.month(), 1);
    *last = first.addMonths(1).addDays(-1);
    return first;
}

// GA4's "Day", "Week" and "Month" are numbers within a month or a year (day 05, week 14,
// month 03): the periods with that number that overlap the report.
QList<std::pair<QDate, QDate>> numbered(
    const QString& name, int n, const QDate& from, const QDate& to)
{
    QList<std::pair<QDate, QDate>> found;
    if (name == QStringLiteral("day") || name == QStringLiteral("dag")) {
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
            const QDate day(month.year(), month.month(), n);
            if (day.isValid())
                found.append({day, day});
        }
        return found;
    }
    for (int year = from.year(); year <= to.year(); ++year) {
        if (name == QStringLiteral("week")) {
            // Weeks start on Sunday, and week 01 is the one that holds 1 January.
            const QDate january(year, 1, 1);
            const QDate sunday = january.addDays(-(january.dayOfWeek() % 7) + 7 * qint64(n - 1));
            found.append(
                {std::max(sunday, january), std::min(sunday.addDays(6), QDate(year, 12, 31))});
        } else if (n >= 1 && n <= 12) {
            const QDate first(year, n, 1);
            found.append({first, first.addMonths(1).addDays(-1)});
        }
    }
    return found;
}
} // namespace

QString GoogleAnalytics4Profile::name() const
{
    return QCoreApplication::translate("Import", "Google Analytics 4");
}

int GoogleAnalytics4Profile::recognise(const ProfileInput& input, QString* reason) const
{
    if (input.head.isEmpty() || input.head.first().fields.size() < 2)
        return -1;
    bool start = false;
    bool end = false;
    for (const CsvComment& comment : input.comments) {
        if (comment.line > input.head.first().line)
            break;
        start = start || !valueOf(comment.text, startKeys).isNull();
        end = end || !valueOf(comment.text, endKeys).isNull();
    }
    if (!start || !end)
        return -1;
    if (reason)
        *reason
            = QCoreApplication::translate("Import", "the preamble has a GA4 start and end date");
    return 0;
}

AnalyticsReportProfile::Window GoogleAnalytics4Profile::reportWindow(
    const QList<CsvComment>& block) const
{
    Window window;
    for (const CsvComment& comment : block) {
        if (const QString start = valueOf(comment.text, startKeys); !start.isNull())
            window.first = DateParser::parse(start).date;
        if (const QString end = valueOf(comment.text, endKeys); !end.isNull())
            window.last = DateParser::parse(end).date;
    }
    return window;
}

bool GoogleAnalytics4Profile::datesRows(const QString& name) const
{
    static const QStringList dating{QStringLiteral("date"), QStringLiteral("datum"),
        QStringLiteral("nth day"), QStringLiteral("nth week"), QStringLiteral("nth month"),
        QStringLiteral("day"), QStringLiteral("dag"), QStringLiteral("week"),
        QStringLiteral("month"), QStringLiteral("maand")};
    return dating.contains(name.toLower());
}

AnalyticsReportProfile::Window GoogleAnalytics4Profile::rowWindow(
    const QString& column, const QString& cell, const Window& report) const
{
    const QString name = column.toLower();
    bool isNumber = false;
    const int n = cell.toInt(&isNumber);
    if (name.startsWith(QStringLiteral("nth "))) {
        if (!isNumber || n < 0) {
            Window none;
            none.error = QCoreApplication::translate(
                "Import", "“%1” in column “%2” is not a count such as 0003")
                             .arg(cell, column);
            return none;
        }
        QDate last;
        const QDate first = offsetStart(name, n, report.first, &last);
        const Window window{std::max(first, report.first), std::min(last, report.last), {}};
        return window.isValid() ? window : outside(cell, report);
    }
    if (!isNumber || cell.size() > 2 || name == QStringLiteral("date")
        || name == QStringLiteral("datum"))
        return within(DateParser::parse(cell), column, report);
    QList<Window> overlaps;
    for (const auto& [first, last] : numbered(name, n, report.first, report.last)) {
        const Window window{std::max(first, report.first), std::min(last, report.last), {}};
        if (window.isValid())
            overlaps << window;
    }
    if (overlaps.size() == 1)
        return overlaps.first();
    if (overlaps.isEmpty())
        return outside(cell, report);
    Window none;
    none.error = QCoreApplication::translate("Import",
        "“%1” in column “%2” occurs more than once in the report period %3 to %4; export "
        "with the column “Date” instead")
                     .arg(cell, column, report.first.toString(Qt::ISODate),
                         report.last.toString(Qt::ISODate));
    return none;
}

} // namespace stuurboord
