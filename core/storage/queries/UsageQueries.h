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

    explicit UsageQueries(QSqlDatabase db);
    QList<Series> monthlyTotals() const;
    QStringList months() const;

private:
    QSqlDatabase m_db;
};

} // namespace stuurboord
