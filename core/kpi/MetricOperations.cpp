#include "MetricOperations.h"

#include "domain/Metric.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace stuurboord {

MetricOperations::MetricOperations(Workspace& workspace)
    : m_workspace(workspace)
{
}

Outcome MetricOperations::rename(qint64 metricId, const QString& name)
{
    Repository<Metric> metrics = m_workspace.repository<Metric>();
    std::optional<Metric> metric = metrics.get(metricId);
    if (!metric)
        return Outcome::failure(QCoreApplication::translate("MetricOperations", "This metric no longer exists."));
    const QString wanted = name.simplified();
    if (wanted.isEmpty())
        return Outcome::failure(
            QCoreApplication::translate("MetricOperations", "Give the metric a name, for example “Page views”."),
            QStringLiteral("name"));
    for (const Metric& other : metrics.all()) {
        if (other.id != metricId && other.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return Outcome::failure(
                QCoreApplication::translate("MetricOperations",
                    "Another metric is already called “%1”: choose a name that tells them apart.")
                    .arg(wanted),
                QStringLiteral("name"));
    }
    metric->name = wanted;
    return metrics.update(*metric);
}

} // namespace stuurboord
