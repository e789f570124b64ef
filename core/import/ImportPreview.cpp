#include "ImportPreview.h"

#include "BatchWriter.h"
#include "MetricKeys.h"
#include "StandardMetricNames.h"
#include "storage/queries/CoveredDays.h"

#include <limits>

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
    QStringList list = m_monthIndex.keys();
    list.sort();
    return list;
}

QStringList ImportPreview::incompleteMonths() const
{
    QStringList texts;
    for (const QString& month : months()) {
        if (const QString text = CoveredDays::incompleteText(month, daysCovered(month));
            !text.isEmpty())
            texts << text;
    }
    return texts;
}

quint32 ImportPreview::daysCovered(const QString& month) const
{
    const auto it = m_monthIndex.constFind(month);
    return it == m_monthIndex.cend() ? 0 : m_monthStates[size_t(*it)].covered;
}

void ImportPreview::clearRows()
{
    m_monthStates.clear();
    m_monthIndex.clear();
    m_recentMonths.clear();
    decisions.clear();
    rowsRead = figureCount = rejectedCount = leftOutCount = 0;
    leftOut.clear();
    noteCount = 0;
    notes.clear();
    headRecords.clear();
    headerIndex = -1;
    sample.clear();
    rejected.clear();
    m_metrics.clear();
    m_dimensions.clear();
    m_seenDimensions.clear();
    tooManyDimensionsAt = 0;
    m_seenMetrics.clear();
}

// Counts the figure and tells whether the sample still takes it.
bool ImportPreview::tally(const FigureView& draft)
{
    ++figureCount;
    // Profiles hand over the same few key and month strings again and again.
    // The names are for showing; past the limit the import is refused anyway, and a file
    // with a million names must not take their memory.
    if (!m_seenMetrics.find(draft.metricKey) && m_metrics.size() <= BatchWriter::metricLimit) {
        if (!m_metrics.contains(draft.metricKey) && MetricKeys::countsPeople(draft.metricKey)
            && draft.aggregation != u"last") {
            decide(QStringLiteral("%1: %2").arg(
                StandardMetricNames::nameOr(draft.metricKey, draft.metricLabel),
                MetricKeys::peopleRule()));
        }
        m_metrics.insert(draft.metricKey);
        m_seenMetrics.remember(draft.metricKey, true);
    }
    if (limitDimensions && tooManyDimensionsAt == 0 && !m_seenDimensions.find(draft.dimension)) {
        m_dimensions.insert(draft.dimension);
        m_seenDimensions.remember(draft.dimension, true);
        if (m_dimensions.size() > BatchWriter::dimensionLimit) {
            tooManyDimensionsAt = draft.line;
            m_dimensions.clear(); // its job is done; the memory is not needed any more
        }
    }
    // A file sorted by page or site changes month on nearly every row: the month's state
    // is found by the address of its text first (profiles hand over one string per month).
    const int* known = m_recentMonths.find(draft.month);
    int index = known ? *known : -1;
    if (!known) {
        auto it = m_monthIndex.constFind(draft.month);
        if (it == m_monthIndex.cend()) {
            const QDate first = QDate::fromString(draft.month + QStringLiteral("-01"), Qt::ISODate);
            m_monthStates.push_back(first.isValid()
                    ? MonthState{first.toJulianDay(), first.daysInMonth(), 0}
                    : MonthState{MonthState::none, 0, 0});
            it = m_monthIndex.insert(draft.month, int(m_monthStates.size() - 1));
        }
        index = *it;
        m_recentMonths.remember(draft.month, index);
    }
    MonthState& month = m_monthStates[size_t(index)];
    if (month.start != MonthState::none) {
        const auto julian = [](const QDate& day) { return day.isValid() ? day.toJulianDay() : MonthState::none; };
        month.covered |= CoveredDays::ofJulian(month.start, month.length,
            julian(draft.windowStart), julian(draft.windowEnd), julian(exportedOn));
    }
    return sample.size() < sampleLimit;
}

void ImportPreview::figure(ObservationDraft&& draft)
{
    if (tally(FigureView::of(draft)))
        sample << std::move(draft);
}

void ImportPreview::count(const FigureView& view)
{
    if (tally(view))
        sample << view.draft();
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
