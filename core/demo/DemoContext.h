#pragma once

#include "model/Outcome.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace stuurboord {

// What the parts of the demo generator share while they fill one workspace: the timeline
// derived from the last month of usage data, and the ids of rows that later rows point
// at (looked up by a short key, so the data tables can name their references).
class DemoContext final
{
public:
    // The demo always holds this many months of usage data, ending in lastMonth.
    static constexpr int usageMonths = 24;

    DemoContext(Workspace& workspace, QDate lastMonth);

    Workspace& workspace() { return m_workspace; }
    // First day of the most recent month with usage data.
    QDate lastMonth() const { return m_lastMonth; }
    // First day of usage month i (0 = first full month after go-live, 23 = lastMonth).
    QDate month(int i) const { return m_lastMonth.addMonths(i - (usageMonths - 1)); }
    // The intranet went live near the end of the month before the first usage month, so
    // the first export already covers a full month and shows the launch peak.
    QDate goLive() const;
    // The day of "today" in the story: early in the month after lastMonth, after the
    // last export was imported.
    QDate today() const { return m_lastMonth.addMonths(1).addDays(9); }
    // The stakeholder meeting held quartersAgo quarters before the upcoming one (0): the
    // fourth Thursday of the month, so the upcoming one is always after today().
    QDate meetingDate(int quartersAgo) const
    {
        return nthWeekday(m_lastMonth.addMonths(1 - 3 * quartersAgo), Qt::Thursday, 4);
    }
    // Employees in month i; i = -1 is the go-live month.
    int headcount(int i) const;
    // Usage month index of the profile campaign and of the "Vraag het de collega" feature.
    static constexpr int campaignMonth = usageMonths - 10;
    static constexpr int questionsFeatureMonth = 8;

    static QString monthKey(QDate date) { return date.toString(QStringLiteral("yyyy-MM")); }
    static QString quarterKey(QDate date);
    static QString yearKey(int year) { return QString::number(year); }
    static QDate monthEnd(QDate date)
    {
        return QDate(date.year(), date.month(), date.daysInMonth());
    }
    // The n-th (1-based) given weekday of the month that contains date.
    static QDate nthWeekday(QDate date, int weekday, int n);

    void setId(const QString& key, qint64 id) { m_ids.insert(key, id); }
    // 0 (no reference) for an empty key; a missing key is a bug in the demo tables.
    qint64 id(const QString& key) const;

    // Saves a new row and names it in the failure message, so a broken demo table points
    // at the row that broke it.
    template <typename T> Outcome add(T& item, const QString& label)
    {
        Outcome outcome = m_workspace.repository<T>().add(item);
        if (!outcome)
            return failure(T::entity().spec().singular(), label, outcome);
        return outcome;
    }
    template <typename T> Outcome add(T& item, const QString& label, const QString& key)
    {
        Outcome outcome = add(item, label);
        if (outcome)
            setId(key, item.id);
        return outcome;
    }

    static Outcome failure(const QString& entity, const QString& label, const Outcome& cause);

private:
    Workspace& m_workspace;
    QDate m_lastMonth;
    QHash<QString, qint64> m_ids;
};

} // namespace stuurboord
