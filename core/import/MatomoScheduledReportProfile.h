#pragma once

#include "MetricColumns.h"
#include "SourceProfile.h"

#include <QStringList>

namespace stuurboord {

// A Matomo scheduled report as it arrives by e-mail (CSV or TSV): several reports one after
// another, each a title line ("Visits Summary"), a header line, its rows and a blank line.
// The reports with figures for the whole intranet (Visits Summary, Actions) become the
// standard metrics; the report by site ("All Websites dashboard") and by page give figures
// per site or page; the rest (countries, browsers, …) are left out and listed. The period
// is not in the file: it comes from the file name or the user, as for other single-period
// Matomo exports. Evolution columns are changes, not figures.
class MatomoScheduledReportProfile final : public SourceProfile
{
public:
    QString name() const override;
    int recognise(const ProfileInput& input, QString* reason) const override;
    bool begin(const ProfileInput& input, ImportSink& sink, QString* error) override;
    void take(const CsvRecord& record, ImportSink& sink) override;
    void finish(ImportSink& sink) override;

private:
    enum class Section
    {
        Organisation, // one row for the whole intranet
        ByDimension, // a row per site or page: the label is the dimension
        LeftOut
    };

    void startSection(const QString& title);
    void readHeader(const CsvRecord& record, ImportSink& sink);
    void closeSection(ImportSink& sink);

    MetricKeys m_keys;
    MetricColumns m_columns;
    MetricColumns::Period m_period;
    QString m_title;
    Section m_section = Section::LeftOut;
    bool m_expectHeader = false;
    int m_rows = 0; // of the current section
    QStringList m_organisationKeys; // written already: a later report's copy is left out
    QStringList m_read; // reports imported, for the summary
    QStringList m_leftOut; // "Country (2 rows)"
};

} // namespace stuurboord
