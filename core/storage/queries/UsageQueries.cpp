#include "UsageQueries.h"

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
