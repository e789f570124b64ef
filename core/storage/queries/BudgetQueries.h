#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace stuurboord {

// Planned, committed and spent per budget line of a year, for the budget page and reports.
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
        // Estimated cost of the backlog items planned or in progress on the line.
        qint64 committedCents = 0;
        // What is still free to commit.
        qint64 leftCents() const { return plannedCents - committedCents - spentCents; }
    };

    explicit BudgetQueries(QSqlDatabase db);
    QList<int> years() const;
    // Whether the year's budget is a draft (prepared from the year before, not approved).
    bool isDraft(int year) const;
    QList<Line> lines(int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace stuurboord
