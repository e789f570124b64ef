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

bool BudgetQueries::isDraft(int year) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT draft FROM budget_year WHERE year = ?"));
    query.addBindValue(year);
    return query.exec() && query.next() && query.value(0).toInt() != 0;
}

QList<BudgetQueries::Line> BudgetQueries::lines(int year) const
{
    QList<Line> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT l.id, l.category, l.description, l.planned_cents, "
        "(SELECT COALESCE(SUM(e.amount_cents), 0) FROM expense e WHERE e.line_id = l.id), "
        "(SELECT COALESCE(SUM(b.estimated_cost_cents), 0) FROM backlog_item b "
        " WHERE b.budget_line_id = l.id AND b.status IN ('planned', 'in_progress')) "
        "FROM budget_line l JOIN budget_year y ON y.id = l.year_id WHERE y.year = ? "
        "ORDER BY l.category, l.description, l.id"));
    query.addBindValue(year);
    if (query.exec()) {
        while (query.next()) {
            result << Line{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                           query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong()};
        }
    }
    return result;
}

} // namespace stuurboord
