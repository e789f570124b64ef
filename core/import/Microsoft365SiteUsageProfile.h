#pragma once

#include "SourceProfile.h"

#include <QDate>
#include <QMap>

namespace stuurboord {

// Microsoft 365 admin center / Graph "SharePoint site usage detail" export: one row per
// site for a rolling window of `Report Period` days ending on `Report Refresh Date`. The
// rows are reduced to organisation totals; site owners' names and addresses are never
// kept. The window counts for the calendar month that holds most of its days.
class Microsoft365SiteUsageProfile final : public SourceProfile
{
public:
    QString name() const override;
    int recognise(const ProfileInput& input, QString* reason) const override;
    bool begin(const ProfileInput& input, ImportSink& sink, QString* error) override;
    void take(const CsvRecord& record, ImportSink& sink) override;
    void finish(ImportSink& sink) override;

    // The month a rolling window [first, last] is attributed to, and why in words.
    static QString monthForWindow(const QDate& first, const QDate& last, QString* reason = nullptr);

private:
    struct Totals
    {
        double pageViews = 0;
        double visitedPages = 0;
        double files = 0;
        double activeFiles = 0;
        double storage = 0;
        double sites = 0;
        double activeSites = 0;
        int firstLine = 0;
    };

    QStringList m_header;
    QMap<std::pair<QDate, int>, Totals> m_windows;
};

} // namespace stuurboord
