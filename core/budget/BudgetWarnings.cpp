#include "BudgetWarnings.h"

#include "BudgetTotals.h"
#include "domain/BacklogItem.h"
#include "domain/BudgetLine.h"
#include "model/Money.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace stuurboord {

namespace {
// A draft year is named as such, so nobody mistakes a proposal for the approved budget.
QString lineName(const BudgetQueries::Line& line, int year, bool draft)
{
    const QString name = line.description.isEmpty()
        ? enumSpec<BudgetCategory>().labelForKey(line.category)
        : line.description;
    return draft ? QCoreApplication::translate("BudgetWarnings", "“%1” (draft %2)").arg(name).arg(year)
                 : QCoreApplication::translate("BudgetWarnings", "“%1” (%2)").arg(name).arg(year);
}
} // namespace

QList<BudgetWarnings::Warning> BudgetWarnings::forDate(Workspace& workspace, const QDate& date)
{
    QList<Warning> warnings;
    const int year = date.year();
    const BudgetTotals totals = BudgetTotals::forYear(BudgetQueries(workspace.database()), year);
    const QString lineTable = BudgetLine::entity().spec().table();
    bool phaseTwoMoney = false;
    for (const BudgetQueries::Line& line : totals.lines) {
        if (line.category == enumKey(BudgetCategory::PhaseTwo) && line.plannedCents > 0)
            phaseTwoMoney = true;
        if (line.spentCents > line.plannedCents) {
            warnings << Warning{Kind::Overspent, lineTable, line.id,
                QCoreApplication::translate("BudgetWarnings", "Budget line %1 is overspent: %2 spent of %3 planned.")
                    .arg(lineName(line, year, totals.draft), Money::format(line.spentCents),
                        Money::format(line.plannedCents))};
        } else if (line.spentCents + line.committedCents > line.plannedCents) {
            warnings << Warning{Kind::OverCommitted, lineTable, line.id,
                QCoreApplication::translate("BudgetWarnings", "Budget line %1 is overcommitted: %2 spent and %3 committed to backlog items "
                   "exceed the %4 planned.")
                    .arg(lineName(line, year, totals.draft), Money::format(line.spentCents),
                        Money::format(line.committedCents), Money::format(line.plannedCents))};
        }
    }
    if (!phaseTwoMoney) {
        warnings << Warning{Kind::NoPhaseTwoLine, QStringLiteral("budget_year"), 0,
            totals.draft
                ? QCoreApplication::translate("BudgetWarnings", "The draft %1 budget has no money for phase-two development: without "
                     "it the backlog does not get built.")
                      .arg(year)
                : QCoreApplication::translate("BudgetWarnings", "The %1 budget has no money for phase-two development: without it the "
                     "backlog does not get built.")
                      .arg(year)};
    }
    // Work that costs nothing (an improvement in the licence) needs no budget line.
    for (const BacklogItem& item : workspace.repository<BacklogItem>().all()) {
        const bool underway
            = item.status == BacklogStatus::Planned || item.status == BacklogStatus::InProgress;
        if (!underway || item.budgetLineId != 0 || item.estimatedCostCents <= 0)
            continue;
        warnings << Warning{Kind::PlannedWithoutLine, BacklogItem::entity().spec().table(), item.id,
            QCoreApplication::translate("BudgetWarnings", "Backlog item “%1” is %2 at an estimated %3 but has no budget line.")
                .arg(item.title, enumLabel(item.status), Money::format(item.estimatedCostCents))};
    }
    return warnings;
}

} // namespace stuurboord
