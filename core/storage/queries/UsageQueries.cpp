#include "UsageQueries.h"

#include "domain/Metric.h"

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
    if (!query.exec(
            // Summed first, named after: PostgreSQL groups only by what the query names.
            QStringLiteral("SELECT m.id, m.key, m.name, t.period, t.total FROM (SELECT metric_id, "
                           "period, SUM(value) AS total FROM observation WHERE dimension = '' "
                           "GROUP BY period, metric_id) t JOIN metric m ON m.id = t.metric_id "
                           "ORDER BY m.name, m.id, t.period")))
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
    // Each metric, month and dimension is one group of the observation table's key, so
    // SQLite combines the windows while it reads the table in order: a million observations
    // come back as a few ten thousand rows instead of being sent one by one. The last
    // window (by end, then by the order of the file) is looked up only for metrics that
    // need it.
    QList<MonthValue> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Grouped first and named after, so that PostgreSQL, which groups only by what the query
    // names, reads it as SQLite does.
    query.prepare(QStringLiteral(
        "SELECT m.key, m.aggregation, t.period, t.dimension, t.total, t.n, t.top, "
        "CASE WHEN m.aggregation = 'last' THEN (SELECT l.value FROM observation l WHERE "
        "l.period = t.period AND l.metric_id = t.metric_id AND l.dimension = t.dimension "
        "ORDER BY l.window_end DESC, l.id DESC LIMIT 1) END "
        "FROM (SELECT period, metric_id, dimension, SUM(value) AS total, COUNT(*) AS n, "
        "MAX(value) AS top FROM observation WHERE (? = '' OR period = ?) AND metric_id IN "
        "(SELECT id FROM metric WHERE ? = '' OR key = ?) GROUP BY period, metric_id, dimension) t "
        "JOIN metric m ON m.id = t.metric_id ORDER BY m.key, t.period, t.dimension"));
    for (const QString& filter : {month, month, metricKey, metricKey})
        query.addBindValue(filter.isNull() ? QStringLiteral("") : filter);
    if (!query.exec())
        return result;
    while (query.next()) {
        MonthValue value{
            query.value(0).toString(), query.value(2).toString(), query.value(3).toString(), 0};
        switch (enumFromKey(query.value(1).toString(), Aggregation::Sum)) {
        case Aggregation::Sum:
            value.value = query.value(4).toDouble();
            break;
        case Aggregation::Average:
            value.value = query.value(4).toDouble() / query.value(5).toDouble();
            break;
        case Aggregation::Max:
            value.value = query.value(6).toDouble();
            break;
        case Aggregation::Last:
            value.value = query.value(7).toDouble();
            break;
        }
        result << value;
    }
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
