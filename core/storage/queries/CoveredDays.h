#pragma once

#include <QDate>
#include <QString>

namespace stuurboord {

// The days of one calendar month a figure measured, as bits: bit 0 is the 1st, bit 30 the
// 31st. Imports record them per metric and month (schema 6, table month_coverage) so that a
// month exported on the 10th is known to hold ten days, not the whole month.
class CoveredDays final
{
public:
    // The days of `month` (yyyy-MM) inside the window `first`..`last`. A window of 28 days
    // or more is a month-long measure (Microsoft 365's rolling 30 days, a monthly row) and
    // covers the whole month it counts for, wherever it starts; an invalid window covers
    // the whole month too (the export did not say). Days after `exportedOn`, when that day
    // lies in the month, cannot have been measured yet: a Matomo row for "2026-12" saved on
    // 10 December covers 1 to 10 December.
    static quint32 of(
        const QString& month, const QDate& first, const QDate& last, const QDate& exportedOn = {});
    // of() in Julian days, for a writer that has many rows of few months: the month starts
    // on `monthStart` and has `length` days; a missing day is INT64_MIN.
    static quint32 ofJulian(
        qint64 monthStart, int length, qint64 first, qint64 last, qint64 exportedOn);
    // Every day of `month`; 0 when `month` is not yyyy-MM.
    static quint32 whole(const QString& month);
    static bool isWhole(const QString& month, quint32 days);
    // "1–10 December" or "1–10 and 20–31 December", in the user's language.
    static QString listed(const QString& month, quint32 days);
    // "December 2026 is incomplete (1–10 December)"; empty when `days` cover the month.
    static QString incompleteText(const QString& month, quint32 days);
};

} // namespace stuurboord
