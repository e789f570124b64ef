#include "SpreadsheetProfile.h"

#include "DateParser.h"
#include "NumberParser.h"
#include "TotalsRow.h"

#include <QCoreApplication>

namespace stuurboord {

namespace {
int columnOf(const QStringList& header, const QStringList& names)
{
    for (int i = 0; i < header.size(); ++i) {
        if (names.contains(header.at(i).trimmed().toLower()))
            return i;
    }
    return -1;
}

const QStringList dateNames{QStringLiteral("date"), QStringLiteral("datum"),
    QStringLiteral("maand"), QStringLiteral("month"), QStringLiteral("periode"),
    QStringLiteral("period"), QStringLiteral("week"), QStringLiteral("dag"), QStringLiteral("day")};
const QStringList metricNames{QStringLiteral("metric"), QStringLiteral("meetwaarde"),
    QStringLiteral("metriek"), QStringLiteral("indicator"), QStringLiteral("kengetal")};
const QStringList valueNames{QStringLiteral("value"), QStringLiteral("waarde"),
    QStringLiteral("aantal"), QStringLiteral("count")};
const QStringList dimensionNames{QStringLiteral("dimension"), QStringLiteral("dimensie"),
    QStringLiteral("afdeling"), QStringLiteral("department"), QStringLiteral("site"),
    QStringLiteral("team")};

// The month a dated value counts for: a day or a month is its own month; an ISO week
// counts for the month of its Thursday, as ISO 8601 assigns weeks to years.
QString monthOf(const ParsedDate& date)
{
    const QDate day = date.kind == ParsedDate::Kind::Week ? date.date.addDays(3) : date.date;
    return day.toString(QStringLiteral("yyyy-MM"));
}

QStringList column(const QList<CsvRecord>& records, int from, int index)
{
    QStringList values;
    for (int i = from; i < records.size(); ++i)
        values << records.at(i).fields.value(index);
    return values;
}
} // namespace

QString SpreadsheetProfile::name()
{
    return QCoreApplication::translate("Import", "Own spreadsheet");
}

bool SpreadsheetProfile::looksLikeMatomo(const QStringList& header)
{
    // Matomo's API names its columns nb_visits, nb_uniq_visitors, …; its Dutch interface
    // export says "Bezoeken" and "Unieke bezoekers". Both have one row per period.
    return header.contains(QStringLiteral("nb_visits"))
        || (header.contains(QStringLiteral("Bezoeken")) && header.contains(QStringLiteral("Unieke bezoekers")))
        || (header.contains(QStringLiteral("Visits")) && header.contains(QStringLiteral("Unique visitors")));
}

int SpreadsheetProfile::findHeader(const QList<CsvRecord>& records, QString* reason)
{
    for (int i = 0; i < records.size() && i < 20; ++i) {
        const QStringList& header = records.at(i).fields;
        if (columnOf(header, dateNames) < 0 || header.size() < 2)
            continue;
        const bool longFormat
            = columnOf(header, metricNames) >= 0 && columnOf(header, valueNames) >= 0;
        if (reason) {
            *reason = longFormat ? QCoreApplication::translate("Import",
                          "line %1 has a date, a metric and a value column (one figure per row)")
                                       .arg(records.at(i).line)
                                 : QCoreApplication::translate("Import",
                                     "line %1 has a date column followed by one column per metric")
                                       .arg(records.at(i).line);
        }
        return i;
    }
    return -1;
}

void SpreadsheetProfile::convert(const QList<CsvRecord>& records, int headerIndex,
    const MetricKeys& keys, NumberConvention fallback, ImportPreview& preview)
{
    const QStringList header = records.at(headerIndex).fields;
    const int dateColumn = columnOf(header, dateNames);
    const int metricColumn = columnOf(header, metricNames);
    const int valueColumn = columnOf(header, valueNames);
    const int dimensionColumn = columnOf(header, dimensionNames);
    const bool longFormat = metricColumn >= 0 && valueColumn >= 0;
    const int first = headerIndex + 1;

    const DateOrderGuess order = DateParser::guessOrder(column(records, first, dateColumn));
    preview.decisions << order.reason;
    QList<int> valueColumns;
    if (longFormat) {
        valueColumns << valueColumn;
    } else {
        for (int i = 0; i < header.size(); ++i) {
            if (i != dateColumn && i != dimensionColumn && !header.at(i).trimmed().isEmpty())
                valueColumns << i;
        }
    }
    QHash<int, NumberConvention> conventions;
    for (int index : std::as_const(valueColumns)) {
        const NumberConventionGuess guess
            = NumberParser::guessConvention(column(records, first, index), fallback);
        conventions.insert(index, guess.convention);
        if (guess.decided)
            preview.decisions << QStringLiteral("%1: %2").arg(header.at(index), guess.reason);
    }

    for (int i = first; i < records.size(); ++i) {
        const CsvRecord& record = records.at(i);
        ++preview.rowsRead;
        if (const QString totals = TotalsRow::reason(record.fields); !totals.isEmpty()) {
            preview.rejected << RejectedRow{record.line, totals};
            continue;
        }
        const ParsedDate date = DateParser::parse(record.fields.value(dateColumn), order.order);
        if (!date.hasValue()) {
            preview.rejected << RejectedRow{record.line,
                date.error.isEmpty()
                    ? QCoreApplication::translate("Import", "there is no date in column “%1”")
                          .arg(header.at(dateColumn))
                    : date.error};
            continue;
        }
        const QString dimension
            = dimensionColumn >= 0 ? record.fields.value(dimensionColumn).trimmed() : QString();
        for (int index : std::as_const(valueColumns)) {
            const ParsedNumber number
                = NumberParser::parse(record.fields.value(index), conventions.value(index));
            const QString metric = longFormat ? keys.keyFor(record.fields.value(metricColumn))
                                              : keys.keyFor(header.at(index));
            if (number.kind == ParsedNumber::Kind::Empty) {
                // An empty cell was not measured: it gives no figure, and in long format
                // the row is reported because it holds nothing else.
                if (longFormat)
                    preview.rejected << RejectedRow{
                        record.line, QCoreApplication::translate("Import", "the value is empty")};
                continue;
            }
            if (!number.hasValue()) {
                preview.rejected << RejectedRow{record.line,
                    QCoreApplication::translate("Import", "“%1” in column “%2”: %3")
                        .arg(record.fields.value(index), header.at(index), number.error)};
                continue;
            }
            if (longFormat && metric.isEmpty()) {
                preview.rejected << RejectedRow{
                    record.line, QCoreApplication::translate("Import", "the metric name is empty")};
                continue;
            }
            ObservationDraft draft;
            draft.metricKey = metric;
            draft.metricLabel = longFormat ? record.fields.value(metricColumn) : header.at(index);
            draft.month = monthOf(date);
            draft.windowStart = date.date;
            draft.windowEnd = date.lastDay();
            draft.dimension = dimension;
            draft.value = number.value;
            // Rates and durations average over a quarter; counts add up.
            if (number.kind == ParsedNumber::Kind::Percent || number.kind == ParsedNumber::Kind::Duration)
                draft.aggregation = QStringLiteral("average");
            draft.line = record.line;
            preview.drafts << draft;
        }
    }
}

} // namespace stuurboord
