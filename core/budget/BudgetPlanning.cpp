#include "BudgetPlanning.h"

#include "domain/BudgetLine.h"
#include "domain/BudgetYear.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace stuurboord {

Outcome BudgetPlanning::prepareNextYear(Workspace& workspace, int fromYear, qint64* newYearId)
{
    const QList<BudgetYear> from
        = workspace.repository<BudgetYear>().where(QStringLiteral("year"), fromYear);
    if (from.isEmpty())
        return Outcome::failure(
            QCoreApplication::translate("Budget", "There is no %1 budget to copy.").arg(fromYear));
    const int nextYear = fromYear + 1;
    if (!workspace.repository<BudgetYear>().where(QStringLiteral("year"), nextYear).isEmpty())
        return Outcome::failure(QCoreApplication::translate("Budget",
            "The %1 budget already exists; adjust its lines instead.").arg(nextYear));
    const QList<BudgetLine> lines
        = workspace.repository<BudgetLine>().where(QStringLiteral("year_id"), from.first().id);
    if (lines.isEmpty())
        return Outcome::failure(QCoreApplication::translate("Budget",
            "The %1 budget has no lines to copy.").arg(fromYear));

    Transaction transaction(workspace.database());
    BudgetYear year;
    year.year = nextYear;
    year.draft = true;
    year.notes = QCoreApplication::translate("Budget",
        "Draft prepared from the %1 budget; adjust the amounts and approve it.").arg(fromYear);
    if (Outcome added = workspace.repository<BudgetYear>().add(year); !added)
        return added;
    for (BudgetLine line : lines) {
        line.id = 0;
        line.yearId = year.id;
        if (Outcome added = workspace.repository<BudgetLine>().add(line); !added)
            return added;
    }
    if (!transaction.commit())
        return Outcome::failure(QCoreApplication::translate(
            "Budget", "The %1 budget could not be written.").arg(nextYear));
    if (newYearId)
        *newYearId = year.id;
    return {};
}

} // namespace stuurboord
