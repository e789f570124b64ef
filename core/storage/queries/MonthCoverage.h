#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <utility>

namespace stuurboord {

// Whether a metric's month is complete: whether the figures the workspace holds for it
// cover every day of the month. A GA4 or Matomo file exported on 10 December holds ten
// days of December; its figures are right for those days, but a status, a comparison with
// another month or a meeting pack must leave such a month out (or say it is partial) until
// an import covering the whole month replaces them.
//
// Every import records, per metric and month, which days its figures covered (schema 6,
// table month_coverage; see CoveredDays). The month is covered by the imports that still
// have figures for that metric in it, together: two files of 1–15 and 16–31 December make
// a complete month. Figures no import recorded (entered by hand, the demo workspace,
// imported before schema 6) count as covering their whole month, as they always did.
// Coverage is per metric and month for the organisation; figures by site or department
// share their metric's answer.
//
// Typical use (dashboard, meeting pack):
//     const MonthCoverage coverage(workspace.database());
//     if (!coverage.isComplete(QStringLiteral("page_views"), QStringLiteral("2026-12")))
//         ... // leave December out of the comparison, or mark it "incomplete"
// For many metric-months at once, incompleteMonths() answers with one pass.
class MonthCoverage final
{
public:
    using MetricMonth = std::pair<QString, QString>; // metric key, yyyy-MM

    explicit MonthCoverage(QSqlDatabase db);

    // True when the figures of metric `metricKey` in `month` (yyyy-MM) cover every day of
    // it, and also when there are no figures (nothing is partial then: there is no data).
    bool isComplete(const QString& metricKey, const QString& month) const;
    // The days covered, as CoveredDays bits (bit 0 is the 1st); every day of the month for
    // a complete month, 0 when there are no figures.
    quint32 coveredDays(const QString& metricKey, const QString& month) const;
    // Every incomplete metric-month in the workspace, with the days its figures cover. Most
    // workspaces have none or one (the current month), so this costs a few lookups.
    QHash<MetricMonth, quint32> incompleteMonths() const;
    // "December 2026 is incomplete (1–10 December)", in the user's language; empty for a
    // complete month.
    static QString describe(const QString& month, quint32 days);

private:
    // Days covered by the figures of one metric-month, given the recorded coverage of
    // the imports that wrote figures there (batch id -> days).
    quint32 liveDays(qint64 metricId, const QString& month, const QHash<qint64, quint32>& recorded) const;

    QSqlDatabase m_db;
};

} // namespace stuurboord
