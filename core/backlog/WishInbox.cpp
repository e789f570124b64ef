#include "WishInbox.h"

#include "Clock.h"
#include "domain/Wish.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace stuurboord {

namespace {
constexpr int titleLength = 80;

QString titleFrom(const QString& text)
{
    QString first = text.section(QLatin1Char('\n'), 0, 0).simplified();
    // The first sentence reads as a title; a long one is cut at a word.
    const QRegularExpression sentenceEnd(QStringLiteral("[.!?](\\s|$)"));
    if (const auto match = sentenceEnd.match(first); match.hasMatch() && match.capturedStart() > 10)
        first = first.left(match.capturedStart() + 1);
    if (first.size() > titleLength) {
        first = first.left(titleLength);
        const qsizetype space = first.lastIndexOf(QLatin1Char(' '));
        first = first.left(space > 40 ? space : titleLength) + QStringLiteral("…");
    }
    return first;
}

std::optional<Wish> openWish(Workspace& workspace, qint64 wishId, Outcome& problem)
{
    std::optional<Wish> wish = workspace.repository<Wish>().get(wishId);
    if (!wish)
        problem = Outcome::failure(
            QCoreApplication::translate("Backlog", "This wish no longer exists."));
    return wish;
}
} // namespace

BacklogItem WishInbox::draftFrom(const Wish& wish)
{
    BacklogItem item;
    item.title = titleFrom(wish.text);
    const QString from = wish.department.isEmpty()
        ? QCoreApplication::translate("Backlog", "Wish received on %1 by %2:")
              .arg(QLocale().toString(wish.received, QLocale::ShortFormat),
                  enumLabel(wish.channel))
        : QCoreApplication::translate("Backlog", "Wish from %1, received on %2 by %3:")
              .arg(wish.department, QLocale().toString(wish.received, QLocale::ShortFormat),
                  enumLabel(wish.channel));
    item.description = from + QStringLiteral("\n") + wish.text;
    item.origin = BacklogOrigin::EmployeeWish;
    // A wish is an idea until the steering group weighs it: middle value and effort.
    item.priority = Priority::Could;
    item.value = 3;
    item.effort = 3;
    item.status = BacklogStatus::Idea;
    item.added = Clock::today();
    return item;
}

Outcome WishInbox::moveToBacklog(Workspace& workspace, qint64 wishId, BacklogItem& item)
{
    Outcome problem;
    std::optional<Wish> wish = openWish(workspace, wishId, problem);
    if (!wish)
        return problem;
    if (wish->status == WishStatus::MovedToBacklog && wish->backlogItemId != 0)
        return Outcome::failure(QCoreApplication::translate(
            "Backlog", "This wish was already moved to the backlog."));
    if (item.origin != BacklogOrigin::EmployeeWish)
        item.origin = BacklogOrigin::EmployeeWish;
    if (!item.added.isValid())
        item.added = Clock::today();
    Transaction transaction(workspace.database());
    item.id = 0;
    if (Outcome added = workspace.repository<BacklogItem>().add(item); !added)
        return added;
    wish->status = WishStatus::MovedToBacklog;
    wish->backlogItemId = item.id;
    wish->declineReason.clear();
    if (Outcome updated = workspace.repository<Wish>().update(*wish); !updated) {
        item.id = 0;
        return updated;
    }
    if (!transaction.commit()) {
        item.id = 0;
        return Outcome::failure(QCoreApplication::translate(
            "Backlog", "The wish could not be moved to the backlog."));
    }
    return {};
}

Outcome WishInbox::decline(Workspace& workspace, qint64 wishId, const QString& reason)
{
    Outcome problem;
    std::optional<Wish> wish = openWish(workspace, wishId, problem);
    if (!wish)
        return problem;
    wish->status = WishStatus::Declined;
    wish->declineReason = reason.trimmed();
    return workspace.repository<Wish>().update(*wish);
}

Outcome WishInbox::markConsidered(Workspace& workspace, qint64 wishId)
{
    Outcome problem;
    std::optional<Wish> wish = openWish(workspace, wishId, problem);
    if (!wish)
        return problem;
    wish->status = WishStatus::Considered;
    wish->declineReason.clear();
    return workspace.repository<Wish>().update(*wish);
}

} // namespace stuurboord
