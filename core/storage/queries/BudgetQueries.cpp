#include "BudgetQueries.h"

#include <QSqlQuery>
#include <QVariant>

namespace stuurboord {

BudgetQueries::BudgetQueries(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<int> BudgetQueries::years() const
{
    QList<int> result;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT year FROM budget_year ORDER BY year DESC"))) {
        while (query.next())
            result << query.value(0).toInt();
    }
    return result;
}

QList<BudgetQueries::Line> BudgetQueries::lines(int year) const
{
    QList<Line> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT l.id, l.category, l.description, l.planned_cents, COALESCE(SUM(e.amount_cents), 0) "
        "FROM budget_line l JOIN budget_year y ON y.id = l.year_id "
        "LEFT JOIN expense e ON e.line_id = l.id WHERE y.year = ? "
        "GROUP BY l.id ORDER BY l.category, l.description"));
    query.addBindValue(year);
    if (query.exec()) {
        while (query.next()) {
            result << Line{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toLongLong(), query.value(4).toLongLong()};
        }
    }
    return result;
}

} // namespace stuurboord
