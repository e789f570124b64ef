#include "ImportPreview.h"

namespace stuurboord {

namespace {
QStringList sorted(const QSet<QString>& values)
{
    QStringList list(values.cbegin(), values.cend());
    list.sort();
    return list;
}
} // namespace

QStringList ImportPreview::metrics() const
{
    return sorted(m_metrics);
}

QStringList ImportPreview::months() const
{
    return sorted(m_months);
}

void ImportPreview::clearRows()
{
    decisions.clear();
    rowsRead = figureCount = rejectedCount = 0;
    sample.clear();
    rejected.clear();
    m_metrics.clear();
    m_months.clear();
}

void ImportPreview::figure(ObservationDraft&& draft)
{
    ++figureCount;
    m_metrics.insert(draft.metricKey);
    m_months.insert(draft.month);
    if (sample.size() < sampleLimit)
        sample << std::move(draft);
}

void ImportPreview::reject(int line, const QString& reason)
{
    ++rejectedCount;
    if (rejected.size() < rejectedLimit)
        rejected << RejectedRow{line, reason};
}

void ImportPreview::decide(const QString& decision)
{
    // Profiles decide per window or per column; the same words once are enough.
    if (!decision.isEmpty() && !decisions.contains(decision))
        decisions << decision;
}

} // namespace stuurboord
