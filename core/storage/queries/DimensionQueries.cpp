#include "DimensionQueries.h"

#include "domain/Metric.h"
#include "kpi/MetricAggregation.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace stuurboord {

DimensionQueries::DimensionQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList DimensionQueries::monthsNewestFirst() const
{
    // A lone MIN and a lone MAX of the key's first column are one seek each (together in one
    // query they would scan the table); the months between are counted.
    QSqlQuery query(m_db);
    QStringList months;
    if (!query.exec(QStringLiteral("SELECT MIN(period) FROM observation")) || !query.next() || query.value(0).isNull())
        return months;
    const QDate first = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
    if (!query.exec(QStringLiteral("SELECT MAX(period) FROM observation")) || !query.next())
        return months;
    for (QDate month = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
         month.isValid() && first.isValid() && month >= first; month = month.addMonths(-1))
        months << month.toString(QStringLiteral("yyyy-MM"));
    return months;
}

bool DimensionQueries::hasDimensions(qint64 metricId, const QString& month) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT 1 FROM observation WHERE period = ? AND metric_id = ? AND dimension > '' LIMIT 1"));
    query.addBindValue(month);
    query.addBindValue(metricId);
    return query.exec() && query.next();
}

QStringList DimensionQueries::metricsWithDimensions() const
{
    QStringList keys;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT id, key FROM metric ORDER BY key")))
        return keys;
    const QStringList months = monthsNewestFirst();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        for (const QString& month : months) {
            if (hasDimensions(id, month)) {
                keys << query.value(1).toString();
                break;
            }
        }
    }
    return keys;
}

QString DimensionQueries::lastMonth(const QString& metricKey) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM metric WHERE key = ?"));
    query.addBindValue(metricKey);
    if (!query.exec() || !query.next())
        return {};
    const qint64 id = query.value(0).toLongLong();
    for (const QString& month : monthsNewestFirst()) {
        if (hasDimensions(id, month))
            return month;
    }
    return {};
}

QMap<QString, QMap<QString, double>> DimensionQueries::values(
    const QString& metricKey, const QString& from, const QString& to) const
{
    QMap<QString, QMap<QString, double>> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, aggregation FROM metric WHERE key = ?"));
    query.addBindValue(metricKey);
    if (!query.exec() || !query.next())
        return result;
    const qint64 id = query.value(0).toLongLong();
    const Aggregation rule = enumFromKey(query.value(1).toString(), Aggregation::Sum);
    // In key order, so the windows of one month and dimension come together, in file order.
    query.prepare(QStringLiteral("SELECT period, dimension, value FROM observation "
                                 "WHERE period BETWEEN ? AND ? AND metric_id = ? AND dimension > '' "
                                 "ORDER BY period, dimension, window_end, id"));
    query.addBindValue(from);
    query.addBindValue(to);
    query.addBindValue(id);
    if (!query.exec())
        return result;
    QString month;
    QString dimension;
    QList<double> windows;
    const auto flush = [&] {
        if (!windows.isEmpty())
            result[dimension].insert(month, *MetricAggregation::combine(rule, windows));
        windows.clear();
    };
    while (query.next()) {
        const QString nextMonth = query.value(0).toString();
        const QString nextDimension = query.value(1).toString();
        if (nextMonth != month || nextDimension != dimension) {
            flush();
            month = nextMonth;
            dimension = nextDimension;
        }
        windows << query.value(2).toDouble();
    }
    flush();
    return result;
}

} // namespace stuurboord
