#pragma once

#include "AnalyticsReportProfile.h"

namespace stuurboord {

// A report exported from the Google Analytics 4 interface as CSV: a `#` preamble with
// "Start date: 20260301" and "End date: 20260331", then one table (or several, in a
// "Reports snapshot"). A page or screen table counts for the month that holds most of the
// report period; a table over time ("Nth day", "Date") dates each row itself.
class GoogleAnalytics4Profile final : public AnalyticsReportProfile
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
