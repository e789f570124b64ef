#pragma once

#include "CsvRecord.h"
#include "ParsedNumber.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace stuurboord {

class ImportSink;
class MetricKeys;

// The columns of an analytics table that hold figures (one metric each), and how a row of
// them becomes figures: Google Analytics and Matomo write one metric per column, and a
// rate or an average in one of them must not be added up over months like a count.
class MetricColumns final
{
public:
    // The month a row counts for and the days it measured.
    struct Period
    {
        QString month;
        QDate first;
        QDate last;
    };

    // Every named column of `header` from `from` on is a metric, read with `convention`.
    void reset(
        const QStringList& header, int from, const MetricKeys& keys, NumberConvention convention);
    // The metric keys of the columns, in order.
    QStringList keys() const;
    // Leaves out the columns of these metrics.
    void drop(const QStringList& keys);
    // Reads each column's convention from `rows` where a value shows it; the others keep the
    // one given to reset(). Returns the reasons, for the preview.
    QStringList guessConventions(const QList<CsvRecord>& rows);
    // One figure per filled cell; a cell that is not a number is rejected with its column.
    void write(const CsvRecord& record, const Period& period, const QString& dimension,
        ImportSink& sink) const;
    // The unit a figure's metric gets: the one its header names, else the one its cell
    // shows (56,7% a percentage, 00:01:48 seconds), else none (a count).
    static QString unitOf(const QString& named, const ParsedNumber& number);
    // "average" for a rate, a share or an average ("Bounce rate", "Gem. sessieduur",
    // "Ingevulde profielen (%)"), "max" for a maximum, empty when the values decide.
    static QString aggregationOf(const QString& header);

private:
    struct Column
    {
        qsizetype index = 0;
        QString key;
        QString label;
        QString aggregation; // empty: decided by the value (a percentage or duration averages)
        NumberConvention convention = NumberConvention::English;
        QString unit; // from brackets in the header: "percentage", "seconds"
        double factor = 1; // turns the cells into that unit (minutes to seconds)
    };

    QList<Column> m_columns;
};

} // namespace stuurboord
