#pragma once

#include "ParsedDate.h"
#include "ParsedNumber.h"

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace stuurboord {

// What the import wizard learned about a file the built-in profiles do not know: which
// header row, which column holds the period (or one period for the whole file), which
// column is a dimension, which columns become which metrics, and how numbers and dates are
// written.
// Saved under a name in the workspace (import_profile.definition, as JSON), so next
// month's file with the same header imports after one confirmation.
struct ColumnMapping
{
    struct MetricColumn
    {
        QString column; // the header text in the file
        QString metricKey; // an existing metric's key, or the key of a metric to create
        QString metricName; // the name a created metric gets
        friend bool operator==(const MetricColumn&, const MetricColumn&) = default;
    };

    QString name;
    QString periodColumn; // empty: one period for the whole file
    QString fixedPeriod; // yyyy-MM; empty with no period column: from the file name or asked
    QString dimensionColumn; // optional
    // Optional: a column of words beside the figures; each becomes an event (annotation) on
    // its month, made and undone with the import.
    QString notesColumn;
    QList<MetricColumn> metrics;
    NumberConvention numbers = NumberConvention::Dutch;
    std::optional<DateOrder> dateOrder; // empty: decided from the dates in the period column
    QString sheet; // for a workbook
    QString encoding; // empty: detected
    friend bool operator==(const ColumnMapping&, const ColumnMapping&) = default;

    // Every column the mapping reads: a header with all of them is this file's shape.
    QStringList signature() const;
    // Why the mapping cannot be used, in words; empty when it can.
    QString problem() const;

    QByteArray toJson() const;
    static std::optional<ColumnMapping> fromJson(const QByteArray& json, QString* error = nullptr);
};

} // namespace stuurboord
