#include "MetricBreakdown.h"

#include "KpiUnitGuess.h"
#include "MetricAggregation.h"
#include "domain/Metric.h"
#include "storage/Workspace.h"
#include "storage/queries/DimensionQueries.h"

#include <QDate>
#include <algorithm>

namespace stuurboord {

MetricBreakdown MetricBreakdown::build(Workspace& workspace, const QString& metricKey, int months, int topN)
{
    MetricBreakdown breakdown;
    breakdown.metricKey = metricKey;
    const QList<Metric> found = workspace.repository<Metric>().where(QStringLiteral("key"), metricKey);
    if (found.isEmpty())
        return breakdown;
    const Metric& metric = found.first();
    breakdown.metricName = metric.name.isEmpty() ? metric.key : metric.name;
    breakdown.unit = KpiUnitGuess::fromMetric(metric.unit);
    const DimensionQueries queries(workspace.database());
    breakdown.lastMonth = queries.lastMonth(metricKey);
    if (breakdown.lastMonth.isEmpty())
        return breakdown;
    const QDate last = QDate::fromString(breakdown.lastMonth + QStringLiteral("-01"), Qt::ISODate);
    breakdown.firstMonth = months > 0 ? last.addMonths(1 - months).toString(QStringLiteral("yyyy-MM"))
                                      : QStringLiteral("0000-00");
    const QMap<QString, QMap<QString, double>> values = queries.values(metricKey, breakdown.firstMonth, breakdown.lastMonth);
    QList<Share> all;
    QString earliest = breakdown.lastMonth;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        all << Share{it.key(), *MetricAggregation::combine(metric.aggregation, it->values()), 1};
        earliest = qMin(earliest, it->firstKey());
    }
    if (months <= 0)
        breakdown.firstMonth = earliest;
    // Largest first; equal values by name, so the order does not change between runs.
    std::sort(all.begin(), all.end(), [](const Share& a, const Share& b) {
        return a.value != b.value ? a.value > b.value : a.dimension.localeAwareCompare(b.dimension) < 0;
    });
    breakdown.dimensions = static_cast<int>(all.size());
    for (const Share& part : std::as_const(all))
        breakdown.total += part.value;
    const int keep = static_cast<int>(all.size()) > topN ? qMax(1, topN) : static_cast<int>(all.size());
    breakdown.shares = all.mid(0, keep);
    if (keep < all.size()) {
        Share other{QString(), 0, static_cast<int>(all.size()) - keep};
        for (qsizetype i = keep; i < all.size(); ++i)
            other.value += all.at(i).value;
        breakdown.shares << other;
    }
    return breakdown;
}

} // namespace stuurboord
