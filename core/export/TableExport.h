#pragma once

#include "model/Outcome.h"

#include <QStringList>

namespace stuurboord {

class Workspace;

// A whole domain table as a CSV file a spreadsheet opens: a header of field names in the
// interface language, choices and references as words, dates as yyyy-MM-dd, amounts as
// plain euros with a decimal point (1234.56) so they add up. Binary columns (a logo) are
// left out.
class TableExport final
{
public:
    // The tables that can be exported, by their stored name (stakeholder, backlog_item, …).
    static QStringList tableNames();
    // Writes the file in one go (a failure leaves any earlier file in place); `rows` gets
    // the number of rows written.
    static Outcome write(Workspace& workspace, const QString& table, const QString& path,
        qint64* rows = nullptr);
    // Writes rows of text (a view's list, the budget summary) as CSV.
    static Outcome writeRows(const QString& path, const QList<QStringList>& rows);
};

} // namespace stuurboord
