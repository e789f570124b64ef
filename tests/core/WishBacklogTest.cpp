#include "Clock.h"
#include "backlog/BacklogAttention.h"
#include "backlog/BacklogQuadrant.h"
#include "backlog/WishInbox.h"
#include "demo/DemoWorkspace.h"
#include "domain/BacklogItem.h"
#include "domain/Wish.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace stuurboord;

// The wishes inbox and the phase-two backlog: a wish becomes a backlog item that keeps
// where it came from, a decline keeps its reason, and what waits for a decision shows.
class WishBacklogTest final : public QObject
{
    Q_OBJECT

private:
    static Wish addWish(Workspace& workspace, const QString& text, QDate received,
        const QString& department = QStringLiteral("Publiekszaken"))
    {
        Wish wish;
        wish.received = received;
        wish.department = department;
        wish.channel = WishChannel::Survey;
        wish.text = text;
        workspace.repository<Wish>().add(wish);
        return wish;
    }

private slots:
    void init() { Clock::setToday(QDate(2026, 11, 10)); }
    void cleanup() { Clock::setToday({}); }

    void moveToBacklogKeepsTheOrigin()
    {
        TestWorkspace workspace;
        const Wish wish = addWish(*workspace,
            QStringLiteral("Kan Plein ook op de telefoon? Op de werf hebben we geen computer."),
            QDate(2026, 9, 3), QStringLiteral("Beheer Openbare Ruimte"));
        BacklogItem item = WishInbox::draftFrom(wish);
        QCOMPARE(item.title, QStringLiteral("Kan Plein ook op de telefoon?"));
        QCOMPARE(item.origin, BacklogOrigin::EmployeeWish);
        QCOMPARE(item.status, BacklogStatus::Idea);
        QVERIFY(item.description.contains(u"Beheer Openbare Ruimte"));
        QVERIFY(item.description.contains(wish.text));

        item.title = QStringLiteral("Plein-app voor de buitendienst");
        item.origin = BacklogOrigin::SupplierImprovement; // a wish stays a wish
        QVERIFY(WishInbox::moveToBacklog(*workspace, wish.id, item));
        QVERIFY(item.id != 0);
        const BacklogItem stored = *workspace->repository<BacklogItem>().get(item.id);
        QCOMPARE(stored.title, QStringLiteral("Plein-app voor de buitendienst"));
        QCOMPARE(stored.origin, BacklogOrigin::EmployeeWish);
        QCOMPARE(stored.added, QDate(2026, 11, 10));
        const Wish moved = *workspace->repository<Wish>().get(wish.id);
        QCOMPARE(moved.status, WishStatus::MovedToBacklog);
        QCOMPARE(moved.backlogItemId, item.id);

        // Moving it twice makes no second item.
        BacklogItem again = WishInbox::draftFrom(moved);
        QVERIFY(!WishInbox::moveToBacklog(*workspace, wish.id, again));
        QCOMPARE(workspace->repository<BacklogItem>().count(), 1);
    }

    void aFailedMoveLeavesNothingBehind()
    {
        TestWorkspace workspace;
        const Wish wish = addWish(*workspace, QStringLiteral("Een agenda per afdeling"), QDate(2026, 9, 3));
        BacklogItem item = WishInbox::draftFrom(wish);
        item.value = 9; // out of range: refused
        const Outcome refused = WishInbox::moveToBacklog(*workspace, wish.id, item);
        QVERIFY(!refused);
        QVERIFY(refused.message().contains(u"Value"));
        QCOMPARE(item.id, 0);
        QCOMPARE(workspace->repository<BacklogItem>().count(), 0);
        QCOMPARE(workspace->repository<Wish>().get(wish.id)->status, WishStatus::New);
    }

    void declineNeedsAReason()
    {
        TestWorkspace workspace;
        const Wish wish = addWish(*workspace, QStringLiteral("Een donkere modus"), QDate(2026, 9, 3));
        const Outcome empty = WishInbox::decline(*workspace, wish.id, QStringLiteral("  "));
        QVERIFY(!empty);
        QVERIFY(empty.message().contains(u"why"));
        QCOMPARE(workspace->repository<Wish>().get(wish.id)->status, WishStatus::New);
        QVERIFY(WishInbox::decline(*workspace, wish.id, QStringLiteral("Plein volgt de browser.")));
        const Wish declined = *workspace->repository<Wish>().get(wish.id);
        QCOMPARE(declined.status, WishStatus::Declined);
        QCOMPARE(declined.declineReason, QStringLiteral("Plein volgt de browser."));
        QVERIFY(WishInbox::markConsidered(*workspace, wish.id));
        QCOMPARE(workspace->repository<Wish>().get(wish.id)->status, WishStatus::Considered);
        QVERIFY(workspace->repository<Wish>().get(wish.id)->declineReason.isEmpty());
        QVERIFY(!WishInbox::markConsidered(*workspace, 4711));
    }

    void quadrantsFollowValueAndEffort()
    {
        QCOMPARE(BacklogMatrix::quadrantOf(5, 1), BacklogQuadrant::QuickWin);
        QCOMPARE(BacklogMatrix::quadrantOf(3, 2), BacklogQuadrant::QuickWin);
        QCOMPARE(BacklogMatrix::quadrantOf(3, 3), BacklogQuadrant::BigBet);
        QCOMPARE(BacklogMatrix::quadrantOf(5, 5), BacklogQuadrant::BigBet);
        QCOMPARE(BacklogMatrix::quadrantOf(2, 2), BacklogQuadrant::FillIn);
        QCOMPARE(BacklogMatrix::quadrantOf(1, 1), BacklogQuadrant::FillIn);
        QCOMPARE(BacklogMatrix::quadrantOf(2, 3), BacklogQuadrant::MoneyPit);
        QCOMPARE(BacklogMatrix::quadrantOf(1, 5), BacklogQuadrant::MoneyPit);
    }

    void itemsAwaitingADecision()
    {
        TestWorkspace workspace;
        const QDate on(2026, 11, 10);
        const auto add = [&](const QString& title, BacklogStatus status, QDate added, const QString& quarter) {
            BacklogItem item;
            item.title = title;
            item.status = status;
            item.added = added;
            item.targetQuarter = quarter;
            workspace->repository<BacklogItem>().add(item);
            return item.id;
        };
        const qint64 oldIdea = add(QStringLiteral("Oud idee"), BacklogStatus::Idea, on.addDays(-91), {});
        add(QStringLiteral("Vers idee"), BacklogStatus::Idea, on.addDays(-90), {});
        const qint64 noQuarter = add(QStringLiteral("Zonder kwartaal"), BacklogStatus::Planned, on.addDays(-10), {});
        const qint64 passed = add(QStringLiteral("Verlopen"), BacklogStatus::Planned, on.addDays(-200), QStringLiteral("2026-Q3"));
        add(QStringLiteral("Op schema"), BacklogStatus::Planned, on.addDays(-200), QStringLiteral("2026-Q4"));
        add(QStringLiteral("Oud maar klaar"), BacklogStatus::Done, on.addDays(-400), {});
        // An item from before dates were kept is dated by its wish.
        const qint64 undated = add(QStringLiteral("Uit een wens"), BacklogStatus::Idea, {}, {});
        Wish wish = addWish(*workspace, QStringLiteral("Graag"), on.addDays(-120));
        wish.status = WishStatus::MovedToBacklog;
        wish.backlogItemId = undated;
        QVERIFY(workspace->repository<Wish>().update(wish));

        const QList<BacklogAttention::Point> points = BacklogAttention::itemsAwaitingDecision(*workspace, on);
        QList<qint64> ids;
        for (const BacklogAttention::Point& point : points) {
            ids << point.id;
            QCOMPARE(point.table, QStringLiteral("backlog_item"));
            QVERIFY2(point.reason.contains(point.title), qPrintable(point.reason));
        }
        QCOMPARE(ids, (QList<qint64>{oldIdea, noQuarter, passed, undated}));
        QVERIFY(points.first().reason.contains(u"91 days"));
        QVERIFY(points.at(2).reason.contains(u"2026-Q3"));
        // The same workspace seen from a date before the old idea was added: nothing yet.
        QVERIFY(BacklogAttention::itemsAwaitingDecision(*workspace, on.addDays(-300)).isEmpty());
    }

    void newWishesWaitForAnAnswer()
    {
        TestWorkspace workspace;
        const QDate on(2026, 11, 10);
        const Wish old = addWish(*workspace, QStringLiteral("Anoniem vragen"), on.addDays(-31));
        addWish(*workspace, QStringLiteral("Recent"), on.addDays(-30));
        const QList<BacklogAttention::Point> points = BacklogAttention::wishesAwaitingAnswer(*workspace, on);
        QCOMPARE(points.size(), 1);
        QCOMPARE(points.first().id, old.id);
        QVERIFY(points.first().reason.contains(u"Publiekszaken"));
        QVERIFY(points.first().reason.contains(u"31 days"));
    }

    void demoHasIdeasWaitingAndDeclinedWishesWithReasons()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.stuurboord"));
        QVERIFY(DemoWorkspace::write(path, QDate(2026, 10, 1)));
        OpenResult opened = Workspace::open(path);
        QVERIFY(opened.ok());
        for (const Wish& wish : opened.workspace->repository<Wish>().all()) {
            if (wish.status == WishStatus::Declined)
                QVERIFY(!wish.declineReason.isEmpty());
        }
        QStringList waiting;
        for (const BacklogAttention::Point& point : BacklogAttention::itemsAwaitingDecision(*opened.workspace, QDate(2026, 11, 10)))
            waiting << point.title;
        waiting.sort();
        QCOMPARE(waiting, (QStringList{QStringLiteral("Kennisbank werkinstructies"), QStringLiteral("Meertalige startpagina"),
                               QStringLiteral("Smoelenboek op het scherm in de kantine van de werf")}));
    }
};

QTEST_GUILESS_MAIN(WishBacklogTest)
#include "WishBacklogTest.moc"
