#pragma once

#include "CsvRecord.h"
#include "MetricKeys.h"
#include "ParsedNumber.h"

#include <QHash>
#include <QList>
#include <QString>

namespace stuurboord {

// What a profile sees of a file before its rows stream past: the first records (enough to
// find the header and decide conventions), the `#` lines before them, the file name (a
// single-period export may name its period there) and the user's choices.
struct ProfileInput
{
    QString fileName;
    QList<CsvRecord> head; // the first records of the file, at most ImportRunner::headSize
    QList<CsvComment> comments; // `#` lines seen before the end of `head`
    int headerIndex = -1; // into head, once a profile recognised the file
    MetricKeys keys; // the workspace's metrics, so that next month lands on the same keys
    // Numbers that do not show their convention (3,215): Dutch for a file separated by
    // semicolons (Dutch Excel), English for one separated by commas or from an .xlsx.
    NumberConvention fallback = NumberConvention::Dutch;
    // The user's answers for what a file does not say: "period" (yyyy-MM) for a
    // single-period export, "table" (1-based) for a file holding several tables.
    QHash<QString, QString> options;
};

} // namespace stuurboord
