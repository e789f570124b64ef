#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace stuurboord {

class Workspace;

// The ways a budget quietly fails, as of a date: each warning in one sentence for the
// budget page, the dashboard's "Action needed" and the proposed meeting agenda.
class BudgetWarnings final
{
public:
    enum class Kind
    {
        Overspent, // spent more than planned on a line
        OverCommitted, // committed + spent exceed planned on a line (not yet overspent)
        NoPhaseTwoLine, // no phase-two development money in the year
        PlannedWithoutLine // a phase-two item with a cost is planned without a budget line
    };
    struct Warning
    {
        Kind kind;
        QString table; // what it is about: "budget_line", "budget_year" or "backlog_item"
        qint64 id = 0; // 0 when there is no such row (no phase-two line)
        QString text;
    };

    // The warnings for the budget year of `date` (lines of that year; backlog items that
    // are planned or in progress, whatever their year).
    static QList<Warning> forDate(Workspace& workspace, const QDate& date);
};

} // namespace stuurboord
