#pragma once

#include "CsvRecord.h"
#include "ImportPreview.h"

#include <QDate>
#include <QList>

namespace stuurboord {

// Microsoft 365 admin center / Graph "SharePoint site usage detail" export: one row per
// site for a rolling window of `Report Period` days ending on `Report Refresh Date`. The
// rows are reduced to organisation totals; site owners' names and addresses are never
// kept. The window counts for the calendar month that holds most of its days.
class Microsoft365SiteUsageProfile final
{
public:
    static QString name();
    // Where the header is and why this profile fits; -1 when it does not fit.
    static int findHeader(const QList<CsvRecord>& records, QString* reason);
    static void convert(const QList<CsvRecord>& records, int headerIndex, ImportPreview& preview);
    // The month a rolling window [first, last] is attributed to, and why in words.
    static QString monthForWindow(const QDate& first, const QDate& last, QString* reason = nullptr);
};

} // namespace stuurboord
