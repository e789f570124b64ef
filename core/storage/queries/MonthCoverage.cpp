#include "MonthCoverage.h"

#include "CoveredDays.h"

#include <QSqlQuery>
#include <QVariant>

namespace stuurboord {

MonthCoverage::MonthCoverage(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString MonthCoverage::describe(const QString& month, quint32 days)
{
    return CoveredDays::incompleteText(month, days);
}

quint32 MonthCoverage::liveDays(
    qint64 metricId, const QString& month, const QHash<qint64, quint32>& recorded) const
{
    // The figures of one metric-month are one range of the observation table's key.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT DISTINCT batch_id FROM observation WHERE period = ? AND metric_id = ?"));
    query.addBindValue(month);
    query.addBindValue(metricId);
    quint32 days = 0;
    if (!query.exec())
        return days;
    while (query.next()) {
        const QVariant batch = query.value(0);
        const auto known = batch.isNull() ? recorded.cend() : recorded.constFind(batch.toLongLong());
        days |= known == recorded.cend() ? CoveredDays::whole(month) : *known;
    }
    return days;
}

quint32 MonthCoverage::coveredDays(const QString& metricKey, const QString& month) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM metric WHERE key = ?"));
    query.addBindValue(metricKey);
    if (!query.exec() || !query.next())
        return 0;
    const qint64 metricId = query.value(0).toLongLong();
    QHash<qint64, quint32> recorded;
    query.prepare(
        QStringLiteral("SELECT batch_id, days FROM month_coverage WHERE period = ? AND metric_id = ?"));
    query.addBindValue(month);
    query.addBindValue(metricId);
    if (query.exec()) {
        while (query.next())
            recorded.insert(query.value(0).toLongLong(), quint32(query.value(1).toLongLong()));
    }
    return liveDays(metricId, month, recorded);
}

bool MonthCoverage::isComplete(const QString& metricKey, const QString& month) const
{
    const quint32 days = coveredDays(metricKey, month);
    return days == 0 || CoveredDays::isWhole(month, days);
}

QHash<MonthCoverage::MetricMonth, quint32> MonthCoverage::incompleteMonths() const
{
    // Only a metric-month some import recorded as partial can be incomplete; for those,
    // which imports still have figures there decides.
    struct Recorded
    {
        qint64 metricId = 0;
        QString key;
        QHash<qint64, quint32> batches;
        bool partial = false;
    };
    QHash<MetricMonth, Recorded> recorded;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT c.period, c.metric_id, m.key, c.batch_id, c.days "
                                   "FROM month_coverage c JOIN metric m ON m.id = c.metric_id")))
        return {};
    while (query.next()) {
        const QString month = query.value(0).toString();
        Recorded& entry = recorded[{query.value(2).toString(), month}];
        entry.metricId = query.value(1).toLongLong();
        const quint32 days = quint32(query.value(4).toLongLong());
        entry.batches.insert(query.value(3).toLongLong(), days);
        entry.partial = entry.partial || !CoveredDays::isWhole(month, days);
    }
    QHash<MetricMonth, quint32> result;
    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (!it->partial)
            continue;
        const quint32 days = liveDays(it->metricId, it.key().second, it->batches);
        if (days != 0 && !CoveredDays::isWhole(it.key().second, days))
            result.insert(it.key(), days);
    }
    return result;
}

} // namespace stuurboord
