#pragma once

#include "StandardMetricNames.h"

#include <QDate>
#include <QString>

namespace stuurboord {

// One figure an import will write, before it is written: which metric, which calendar
// month it counts for, the exact window it measured, an optional dimension (a site, a
// department) and the value. `line` points back into the source file.
struct ObservationDraft
{
    QString metricKey;
    QString metricLabel; // how the file names it; the name of a metric created by the import
    QString aggregation; // for a metric created by the import: "sum" for flows, "last" for stocks
    QString month; // yyyy-MM the value is attributed to
    QDate windowStart;
    QDate windowEnd;
    QString dimension;
    double value = 0;
    int line = 0;
    bool labelChosen = false; // the coordinator named the metric (a profile they saved)
    QString unit = QString(); // for a metric created by the import: "percentage", "seconds"

    // The name a metric created for this figure gets: the coordinator's own, else the
    // standard name in the user's language, else the file's label.
    QString nameForNewMetric() const
    {
        return labelChosen && !metricLabel.trimmed().isEmpty()
            ? metricLabel.trimmed()
            : StandardMetricNames::nameOr(metricKey, metricLabel);
    }
};

// A note written beside the figures ("Toelichting": "campagne gestart"): it becomes an
// annotation on its month, made and taken back with the import.
struct ImportNote
{
    QDate date; // the row's day, or the first day of its month
    QString month; // yyyy-MM
    QString column; // the header it came from
    QString text;
    int line = 0;
};

// A source row that will not be imported, and why, in words.
struct RejectedRow
{
    int line = 0;
    QString reason;
};

} // namespace stuurboord
