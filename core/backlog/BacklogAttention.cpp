#include "BacklogAttention.h"

#include "domain/BacklogItem.h"
#include "domain/Wish.h"
#include "kpi/Period.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace stuurboord {

namespace {
// Items from before the backlog kept a date: the wish they came from dates them.
QHash<qint64, QDate> wishDates(Workspace& workspace)
{
    QHash<qint64, QDate> dates;
    for (const Wish& wish : workspace.repository<Wish>().all()) {
        if (wish.backlogItemId == 0)
            continue;
        const QDate known = dates.value(wish.backlogItemId);
        if (!known.isValid() || wish.received < known)
            dates.insert(wish.backlogItemId, wish.received);
    }
    return dates;
}

QString quoted(const QString& title)
{
    return QCoreApplication::translate("Backlog", "“%1”").arg(title);
}
} // namespace

QList<BacklogAttention::Point> BacklogAttention::itemsAwaitingDecision(
    Workspace& workspace, const QDate& on)
{
    const QHash<qint64, QDate> fromWishes = wishDates(workspace);
    QList<Point> points;
    for (const BacklogItem& item : workspace.repository<BacklogItem>().all()) {
        const QDate added = item.added.isValid() ? item.added : fromWishes.value(item.id);
        if (added.isValid() && added > on)
            continue;
        QString reason;
        if (item.status == BacklogStatus::Idea && added.isValid()
            && added.daysTo(on) > ideaDays) {
            reason = QCoreApplication::translate("Backlog",
                "%1 has been an idea for %n days without a decision: plan it or reject it.",
                nullptr, int(added.daysTo(on)))
                         .arg(quoted(item.title));
        } else if (item.status == BacklogStatus::Planned && item.targetQuarter.isEmpty()) {
            reason = QCoreApplication::translate(
                "Backlog", "%1 is planned but has no target quarter.")
                         .arg(quoted(item.title));
        } else if (item.status == BacklogStatus::Planned) {
            const Period quarter = Period::parse(item.targetQuarter);
            if (quarter.isValid() && quarter.lastDay() < on)
                reason = QCoreApplication::translate(
                    "Backlog", "%1 was planned for %2, which has passed: plan it again or drop it.")
                             .arg(quoted(item.title), item.targetQuarter);
        }
        if (!reason.isEmpty())
            points << Point{BacklogItem::entity().spec().table(), item.id, item.title, reason};
    }
    return points;
}

QList<BacklogAttention::Point> BacklogAttention::wishesAwaitingAnswer(
    Workspace& workspace, const QDate& on)
{
    QList<Point> points;
    for (const Wish& wish : workspace.repository<Wish>().all()) {
        if (wish.status != WishStatus::New || !wish.received.isValid() || wish.received > on)
            continue;
        const qint64 days = wish.received.daysTo(on);
        if (days <= wishDays)
            continue;
        const QString sender = wish.department.isEmpty()
            ? QCoreApplication::translate("Backlog", "A wish")
            : QCoreApplication::translate("Backlog", "A wish from %1").arg(wish.department);
        points << Point{Wish::entity().spec().table(), wish.id, wish.text.section(u'\n', 0, 0),
            QCoreApplication::translate(
                "Backlog", "%1 has waited %n days for an answer.", nullptr, int(days))
                .arg(sender)};
    }
    return points;
}

} // namespace stuurboord
