#pragma once

#include "MetricColumns.h"
#include "SourceProfile.h"

#include <optional>

namespace stuurboord {

// A Matomo visits summary of one period: one row under the metric names (nb_visits, or
// "Bezoeken" in the Dutch interface), without a date column. The month comes from the
// file name Matomo gives it (export_VisitsSummary_2026-03.tsv) or from the user (option
// "period"); summaries of several periods have a date column and are read elsewhere.
class MatomoSinglePeriodProfile final : public SourceProfile
{
public:
    QString name() const override;
    int recognise(const ProfileInput& input, QString* reason) const override;
    bool begin(const ProfileInput& input, ImportSink& sink, QString* error) override;
    void take(const CsvRecord& record, ImportSink& sink) override;

    // The one month named in `fileName` ("…_2026-03.tsv", "…_month_2026-03-01.csv",
    // "maart 2026.tsv", "…_202603.tsv") as yyyy-MM; empty when it names none or several.
    static QString monthInFileName(const QString& fileName);
    // The month a Matomo export of one period covers: the user's (option "period"), else
    // the one in the file name; said as a decision. Nothing, with `error` set and the
    // period offered for the user to give, when neither says.
    static std::optional<MetricColumns::Period> periodOf(
        const ProfileInput& input, ImportSink& sink, QString* error);

private:
    MetricColumns m_columns;
    MetricColumns::Period m_period;
    int m_rows = 0;
};

} // namespace stuurboord
