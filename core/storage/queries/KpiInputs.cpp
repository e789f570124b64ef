#include "KpiInputs.h"

#include "domain/Metric.h"
#include "kpi/MetricAggregation.h"
#include "kpi/Period.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace stuurboord {

KpiInputs::KpiInputs(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT key, aggregation FROM metric ORDER BY key"))) {
        while (query.next()) {
            m_keys << query.value(0).toString();
            m_rules.insert(query.value(0).toString(),
                           static_cast<int>(enumFromKey(query.value(1).toString(), Aggregation::Sum)));
        }
    }
    QMap<QString, QMap<QString, QList<double>>> raw;
    // In the order of the table's key, so only the windows within a month are sorted.
    if (query.exec(QStringLiteral(
            "SELECT m.key, o.period, o.value FROM observation o JOIN metric m ON m.id = "
            "o.metric_id "
            "WHERE o.dimension = '' ORDER BY o.period, o.metric_id, o.window_end, o.id"))) {
        while (query.next())
            raw[query.value(0).toString()][query.value(1).toString()] << query.value(2).toDouble();
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
                *missing = QCoreApplication::translate("KpiInputs", "no data for %1 in %2").arg(key, month);
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
