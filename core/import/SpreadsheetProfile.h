#pragma once

#include "CsvRecord.h"
#include "ImportPreview.h"
#include "MetricKeys.h"
#include "ParsedNumber.h"

#include <QList>

namespace stuurboord {

// The coordinator's own spreadsheet, as Dutch Excel saves it or with English headers:
// long format (date, metric, value[, dimension]: one figure per row) or wide format (one
// row per period, one column per metric). The header need not be on the first row.
class SpreadsheetProfile final
{
public:
    static QString name();
    // Matomo visits summaries have this shape too (a date column, one column per metric).
    static bool looksLikeMatomo(const QStringList& header);
    // Where the header is and why this profile fits; -1 when it does not fit.
    static int findHeader(const QList<CsvRecord>& records, QString* reason);
    // Numbers that do not show their convention (3,215) follow `fallback`: Dutch for a file
    // separated by semicolons (Dutch Excel), English for one separated by commas.
    static void convert(const QList<CsvRecord>& records, int headerIndex, const MetricKeys& keys,
        NumberConvention fallback, ImportPreview& preview);
};

} // namespace stuurboord
