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
    return sorted(m_months);
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
    return m_covered.value(month) | (month == m_lastMonth ? m_lastDays : 0);
}

void ImportPreview::clearRows()
{
    m_covered.clear();
    m_monthDays.clear();
    m_lastMonth.clear();
    m_lastDays = 0;
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
        if (!m_metrics.contains(draft.metricKey) && MetricKeys::countsPeople(draft.metricKey)
            && draft.aggregation != u"last") {
            decide(QStringLiteral("%1: %2").arg(
                StandardMetricNames::nameOr(draft.metricKey, draft.metricLabel),
                MetricKeys::peopleRule()));
        }
        m_metrics.insert(draft.metricKey);
        m_seenMetrics.remember(draft.metricKey, true);
    }
    if (!m_seenMonths.find(draft.month)) {
        m_months.insert(draft.month);
        m_seenMonths.remember(draft.month, true);
    }
    constexpr qint64 none = std::numeric_limits<qint64>::min();
    if (draft.month != m_lastMonth || m_lastMonth.isNull()) {
        if (!m_lastMonth.isNull())
            m_covered[m_lastMonth] |= m_lastDays;
        auto known = m_monthDays.constFind(draft.month);
        if (known == m_monthDays.cend()) {
            const QDate first = QDate::fromString(draft.month + QStringLiteral("-01"), Qt::ISODate);
            known = m_monthDays.insert(draft.month,
                first.isValid() ? MonthDays{first.toJulianDay(), first.daysInMonth()}
                                : MonthDays{none, 0});
        }
        m_lastMonth = draft.month;
        m_last = *known;
        m_lastDays = 0;
    }
    if (m_last.start != none) {
        const auto julian = [](const QDate& day) { return day.isValid() ? day.toJulianDay() : none; };
        m_lastDays |= CoveredDays::ofJulian(m_last.start, m_last.length,
            julian(draft.windowStart), julian(draft.windowEnd), julian(exportedOn));
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
