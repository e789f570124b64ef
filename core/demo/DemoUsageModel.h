#pragma once

#include "domain/Metric.h"

#include <QHash>
#include <QList>
#include <QString>

namespace stuurboord {

class DemoContext;

// The monthly usage figures of the demo organisation, in closed form: a launch peak that
// settles, a summer dip every July and August, a profile campaign that doubles the share
// of filled-in profiles, and questions that grow after "Vraag het de collega" arrived.
// Small deterministic noise keeps the lines from looking drawn with a ruler.
class DemoUsageModel final
{
public:
    struct MetricInfo
    {
        const char* key;
        const char* name;
        MetricUnit unit;
        Aggregation aggregation;
        const char* description;
        bool byDepartment; // also exported per department, summing to the total
    };
    static const QList<MetricInfo>& metrics();
    static QStringList departments();

    explicit DemoUsageModel(const DemoContext& context);

    // The organisation total of a metric in usage month i (whole numbers).
    double total(const QString& key, int month) const;
    // The same total split over the departments; the parts add up to total() exactly.
    QList<double> byDepartment(const QString& key, int month) const;

private:
    double compute(const QString& key, int month) const;
    QList<double> split(double total, const QList<double>& weights) const;

    const DemoContext& m_context;
    QHash<QString, QList<double>> m_totals;
};

} // namespace stuurboord
