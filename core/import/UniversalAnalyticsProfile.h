#pragma once

#include "AnalyticsReportProfile.h"

namespace stuurboord {

// A report exported from Universal Analytics (Google Analytics until 2023) as CSV: a `#`
// preamble naming the view, the report and the range ("20220101-20220131"), a table with
// a totals row, and often a second table over time ("Day Index" with dates as 1/1/22).
// Coordinators bring these for the years before GA4.
class UniversalAnalyticsProfile final : public AnalyticsReportProfile
{
public:
    QString name() const override;
    int recognise(const ProfileInput& input, QString* reason) const override;

protected:
    Window reportWindow(const QList<CsvComment>& block) const override;
    bool datesRows(const QString& name) const override;
    Window rowWindow(
        const QString& column, const QString& cell, const Window& report) const override;
};

} // namespace stuurboord
