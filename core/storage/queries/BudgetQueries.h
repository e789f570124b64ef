#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace stuurboord {

// Planned against spent per budget line of a year, for the budget page and reports.
class BudgetQueries final
{
public:
    struct Line
    {
        qint64 id = 0;
        QString category; // enum key
        QString description;
        qint64 plannedCents = 0;
        qint64 spentCents = 0;
    };

    explicit BudgetQueries(QSqlDatabase db);
    QList<int> years() const;
    QList<Line> lines(int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace stuurboord
