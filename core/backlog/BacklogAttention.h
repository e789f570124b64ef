#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace stuurboord {

class Workspace;

// Backlog items and wishes that wait for a decision on a given date, each with the one
// sentence that says why, for the proposed meeting agenda and the dashboard.
class BacklogAttention final
{
public:
    struct Point
    {
        QString table; // "backlog_item" or "wish"
        qint64 id = 0;
        QString title;
        QString reason; // one sentence
    };

    // An idea waits too long after this many days in the backlog.
    static constexpr int ideaDays = 90;
    // A new wish should have had an answer after this many days.
    static constexpr int wishDays = 30;

    // Ideas older than ideaDays, planned items without a target quarter and planned items
    // whose target quarter has passed. (Planned items without a budget line are a budget
    // warning, see BudgetWarnings.)
    static QList<Point> itemsAwaitingDecision(Workspace& workspace, const QDate& on);
    // Wishes still marked new after wishDays.
    static QList<Point> wishesAwaitingAnswer(Workspace& workspace, const QDate& on);
};

} // namespace stuurboord
