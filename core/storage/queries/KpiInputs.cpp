#include "KpiInputs.h"

#include "domain/Metric.h"
#include "kpi/MetricAggregation.h"
#include "kpi/Period.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace stuurboord {

KpiInputs::KpiInputs(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT key, aggregation, name FROM metric ORDER BY key"))) {
        while (query.next()) {
            m_keys << query.value(0).toString();
            m_names.insert(query.value(0).toString(), query.value(2).toString());
            m_rules.insert(query.value(0).toString(),
                           static_cast<int>(enumFromKey(query.value(1).toString(), Aggregation::Sum)));
        }
    }
    QMap<QString, QMap<QString, QList<double>>> raw;
    // Organisation totals only. The table is clustered on (period, metric_id, dimension, id),
    // so asking month by month for every metric with dimension '' is a handful of seeks per
    // month, where filtering on dimension alone would read every department and site row.
    QMap<qint64, QString> keyOf;
    if (query.exec(QStringLiteral("SELECT id, key FROM metric"))) {
        while (query.next())
            keyOf.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    QString first;
    QString last;
    // Two queries: SQLite answers a lone MIN or MAX of the key's first column with one seek,
    // but MIN and MAX together with a scan of the whole table (a million rows).
    if (query.exec(QStringLiteral("SELECT MIN(period) FROM observation")) && query.next())
        first = query.value(0).toString();
    if (query.exec(QStringLiteral("SELECT MAX(period) FROM observation")) && query.next())
        last = query.value(0).toString();
    if (!keyOf.isEmpty() && !first.isEmpty()) {
        QStringList ids;
        for (qint64 id : keyOf.keys())
            ids << QString::number(id);
        QSqlQuery month(db);
        month.setForwardOnly(true);
        month.prepare(QStringLiteral("SELECT metric_id, value FROM observation WHERE period = ? AND metric_id IN (%1) "
                                     "AND dimension = '' ORDER BY metric_id, window_end, id")
                          .arg(ids.join(u',')));
        const QDate end = QDate::fromString(last + QStringLiteral("-01"), Qt::ISODate);
        for (QDate day = QDate::fromString(first + QStringLiteral("-01"), Qt::ISODate); day.isValid() && day <= end;
             day = day.addMonths(1)) {
            const QString period = day.toString(QStringLiteral("yyyy-MM"));
            month.addBindValue(period);
            if (!month.exec())
                break;
            while (month.next())
                raw[keyOf.value(month.value(0).toLongLong())][period] << month.value(1).toDouble();
        }
    }
    for (auto metric = raw.cbegin(); metric != raw.cend(); ++metric) {
        const auto rule = static_cast<Aggregation>(m_rules.value(metric.key()));
        for (auto month = metric->cbegin(); month != metric->cend(); ++month)
            m_months[metric.key()].insert(month.key(), *MetricAggregation::combine(rule, month.value()));
    }
    if (query.exec(QStringLiteral("SELECT month, employees FROM headcount ORDER BY month"))) {
        while (query.next())
            m_headcount.insert(query.value(0).toString(), query.value(1).toInt());
    }
}

std::optional<double> KpiInputs::metric(const QString& key, const Period& period, QString* missing) const
{
    const QMap<QString, double> months = m_months.value(key);
    QList<double> values;
    for (const QString& month : period.months()) {
        if (!months.contains(month)) {
            if (missing)
                *missing = QCoreApplication::translate("KpiInputs", "no data for %1 in %2").arg(name(key), month);
            return std::nullopt;
        }
        values << months.value(month);
    }
    return MetricAggregation::combine(static_cast<Aggregation>(m_rules.value(key)), values);
}

std::optional<double> KpiInputs::headcount(const Period& period) const
{
    auto it = m_headcount.upperBound(period.lastMonth());
    if (it == m_headcount.cbegin())
        return std::nullopt;
    --it;
    return it.value();
}

QString KpiInputs::name(const QString& key) const
{
    const QString name = m_names.value(key);
    return name.isEmpty() ? key : name;
}

QString KpiInputs::firstMonth() const
{
    QString first;
    for (const QMap<QString, double>& months : m_months) {
        if (!months.isEmpty() && (first.isEmpty() || months.firstKey() < first))
            first = months.firstKey();
    }
    return first;
}

} // namespace stuurboord
