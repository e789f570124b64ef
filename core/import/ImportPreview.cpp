#include "ImportPreview.h"

#include "BatchWriter.h"

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
    rowsRead = figureCount = rejectedCount = leftOutCount = 0;
    leftOut.clear();
    headRecords.clear();
    headerIndex = -1;
    sample.clear();
    rejected.clear();
    m_metrics.clear();
    m_months.clear();
    m_seenMetrics.clear();
    m_seenMonths.clear();
}

// Counts the figure and tells whether the sample still takes it.
bool ImportPreview::tally(const ObservationDraft& draft)
{
    ++figureCount;
    // Profiles hand over the same few key and month strings again and again.
    // The names are for showing; past the limit the import is refused anyway, and a file
    // with a million names must not take their memory.
    if (!m_seenMetrics.find(draft.metricKey) && m_metrics.size() <= BatchWriter::metricLimit) {
        m_metrics.insert(draft.metricKey);
        m_seenMetrics.remember(draft.metricKey, true);
    }
    if (!m_seenMonths.find(draft.month)) {
        m_months.insert(draft.month);
        m_seenMonths.remember(draft.month, true);
    }
    return sample.size() < sampleLimit;
}

void ImportPreview::figure(ObservationDraft&& draft)
{
    if (tally(draft))
        sample << std::move(draft);
}

void ImportPreview::count(const ObservationDraft& draft)
{
    if (tally(draft))
        sample << draft;
}

void ImportPreview::leaveOut(int line, const QString& reason)
{
    ++leftOutCount;
    if (leftOut.size() < rejectedLimit)
        leftOut << RejectedRow{line, reason};
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
