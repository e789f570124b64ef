#pragma once

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace stuurboord {

// Read-only summaries of the imported usage data for overviews and charts.
class UsageQueries final
{
public:
    struct MetricInfo
    {
        qint64 id = 0;
        QString key;
        QString name;
    };
    // Organisation totals (no dimension) per metric and month: month -> value.
    struct Series
    {
        MetricInfo metric;
        QMap<QString, double> byMonth;
    };

    // One metric in one month for one dimension ("" for the organisation total), its
    // export windows combined by the metric's own rule.
    struct MonthValue
    {
        QString metric;
        QString month;
        QString dimension;
        double value = 0;
    };

    explicit UsageQueries(QSqlDatabase db);
    // Optionally only one metric key and/or one month.
    QList<MonthValue> monthValues(const QString& metricKey = {}, const QString& month = {}) const;
    QList<Series> monthlyTotals() const;
    QStringList months() const;

private:
    QSqlDatabase m_db;
};

} // namespace stuurboord
