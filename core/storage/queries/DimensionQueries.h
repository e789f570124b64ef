#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace stuurboord {

// The imported figures of a metric per dimension (site, department), for the metric
// explorer. Every question is a few seeks into the observation table's key (period,
// metric, dimension), never a scan of a million daily rows.
class DimensionQueries final
{
public:
    explicit DimensionQueries(QSqlDatabase db);

    // The keys of metrics that have figures per dimension, in key order.
    QStringList metricsWithDimensions() const;
    // The last month (yyyy-MM) with figures per dimension for the metric; empty when none.
    QString lastMonth(const QString& metricKey) const;
    // dimension -> month -> value over the months from..to (yyyy-MM, inclusive), the export
    // windows of a month combined by the metric's own rule. The organisation total is left out.
    QMap<QString, QMap<QString, double>> values(const QString& metricKey, const QString& from, const QString& to) const;

private:
    // Every month that has figures, newest first.
    QStringList monthsNewestFirst() const;
    bool hasDimensions(qint64 metricId, const QString& month) const;

    QSqlDatabase m_db;
};

} // namespace stuurboord
