#pragma once

#include "CsvRecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace stuurboord {

// What the Microsoft 365 usage-report exports (admin center and Graph CSV) have in common:
// a header found by its column names (Microsoft adds and reorders columns between
// versions), ISO dates, and plain counts that add up to metrics.
class Microsoft365UsageReport final
{
public:
    // A column of counts and the metric its values add up to.
    struct Count
    {
        QString column;
        QString key;
        QString label;
        qsizetype index = -1;
    };

    // The first of the first five records that holds every `required` column; -1 otherwise.
    static int findHeader(const QList<CsvRecord>& head, const QStringList& required);
    static qsizetype column(const QStringList& header, const QString& name);
    // The counts whose column the header has, with their index; the others are left out.
    static QList<Count> present(const QStringList& header, const QList<Count>& counts);
    // An ISO date (yyyy-MM-dd); invalid when the cell is empty or something else.
    static QDate date(const QStringList& fields, qsizetype index);
    // The values of `counts` in a row, an empty cell being 0. False, with the reason in
    // words, when a cell is not a number.
    static bool readCounts(const QStringList& fields, const QList<Count>& counts,
        QList<double>* values, QString* reason);
};

} // namespace stuurboord
