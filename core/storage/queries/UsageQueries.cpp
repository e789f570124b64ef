#include "UsageQueries.h"

#include "domain/Metric.h"
#include "kpi/MetricAggregation.h"

#include <QSqlQuery>
#include <QVariant>

namespace stuurboord {

UsageQueries::UsageQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<UsageQueries::Series> UsageQueries::monthlyTotals() const
{
    QList<Series> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT m.id, m.key, m.name, o.period, SUM(o.value) FROM metric m "
                                   "JOIN observation o ON o.metric_id = m.id AND o.dimension = '' "
                                   "GROUP BY m.id, o.period ORDER BY m.name, m.id, o.period")))
        return result;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (result.isEmpty() || result.last().metric.id != id)
            result << Series{MetricInfo{id, query.value(1).toString(), query.value(2).toString()}, {}};
        result.last().byMonth.insert(query.value(3).toString(), query.value(4).toDouble());
    }
    return result;
}

QList<UsageQueries::MonthValue> UsageQueries::monthValues(const QString& metricKey, const QString& month) const
{
    QList<MonthValue> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT m.key, m.aggregation, o.period, o.dimension, o.value FROM observation o "
                                 "JOIN metric m ON m.id = o.metric_id WHERE (? = '' OR m.key = ?) AND (? = '' OR o.period = ?) "
                                 "ORDER BY m.key, o.period, o.dimension, o.window_end, o.id"));
    for (const QString& filter : {metricKey, metricKey, month, month})
        query.addBindValue(filter.isNull() ? QStringLiteral("") : filter);
    if (!query.exec())
        return result;
    QList<double> window;
    Aggregation rule = Aggregation::Sum;
    const auto flush = [&] {
        if (!window.isEmpty())
            result.last().value = *MetricAggregation::combine(rule, window);
        window.clear();
    };
    while (query.next()) {
        const MonthValue key{query.value(0).toString(), query.value(2).toString(), query.value(3).toString(), 0};
        if (result.isEmpty() || result.last().metric != key.metric || result.last().month != key.month
            || result.last().dimension != key.dimension) {
            flush();
            result << key;
            rule = enumFromKey(query.value(1).toString(), Aggregation::Sum);
        }
        window << query.value(4).toDouble();
    }
    flush();
    return result;
}

QStringList UsageQueries::months() const
{
    QStringList result;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT DISTINCT period FROM observation ORDER BY period"))) {
        while (query.next())
            result << query.value(0).toString();
    }
    return result;
}

} // namespace stuurboord
