#include "AgendaProposal.h"

#include "ActionItemDue.h"
#include "attention/AttentionCollector.h"
#include "ContactLapse.h"
#include "SponsorCheck.h"
#include "domain/ActionItem.h"
#include "domain/Agreement.h"
#include "domain/Meeting.h"
#include "domain/Stakeholder.h"
#include "i18n/DateWords.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace stuurboord {

namespace {

// Agreements are put on the agenda when their review falls before the meeting after this
// one would: about a month ahead.
constexpr int reviewLookAheadDays = 31;
// Reasons list at most this many items by name; the rest is counted.
constexpr int namedItems = 5;

QString listed(const QStringList& lines)
{
    QStringList shown = lines.mid(0, namedItems);
    if (lines.size() > namedItems)
        shown << QCoreApplication::translate("Agenda", "and %n more", nullptr,
            int(lines.size() - namedItems));
    return shown.join(QLatin1Char('\n'));
}

} // namespace

QList<AgendaPoint> AgendaProposal::propose(Workspace& workspace, qint64 seriesId, const QDate& date)
{
    RecordStore& store = workspace.records();
    QList<AgendaPoint> points;
    addPreviousMeeting(store, seriesId, date, points);
    addCollected(workspace, date, points);
    addOverdueActions(store, date, points);
    addAgreementReviews(store, date, points);
    addStakeholderPoints(store, date, points);
    points << AgendaPoint{QCoreApplication::translate("Agenda", "Any other business"), QCoreApplication::translate("Agenda", "Standing point of every meeting.")};
    return points;
}

void AgendaProposal::addPreviousMeeting(
    RecordStore& store, qint64 seriesId, const QDate& date, QList<AgendaPoint>& points)
{
    std::optional<Meeting> previous;
    for (const Meeting& meeting :
        Repository<Meeting>(store).where(QStringLiteral("series_id"), seriesId)) {
        if (meeting.date < date && (!previous || meeting.date > previous->date))
            previous = meeting;
    }
    if (!previous) {
        points << AgendaPoint{QCoreApplication::translate("Agenda", "Opening and introductions"),
            QCoreApplication::translate("Agenda", "This is the first meeting of the series.")};
        return;
    }
    int open = 0;
    for (const ActionItem& item :
        Repository<ActionItem>(store).where(QStringLiteral("meeting_id"), previous->id)) {
        if (ActionItemDue::isOpenOn(item, date))
            ++open;
    }
    QString why = QCoreApplication::translate("Agenda", "The previous meeting was on %1.")
                      .arg(DateWords::day(previous->date));
    if (open > 0)
        why += QLatin1Char(' ')
            + QCoreApplication::translate("Agenda", "%n of its action items are still open.",
                nullptr, open);
    points << AgendaPoint{QCoreApplication::translate("Agenda", "Minutes and action items of the previous meeting"), why};
}

void AgendaProposal::addCollected(Workspace& workspace, const QDate& date, QList<AgendaPoint>& points)
{
    const QList<AttentionItem> items = AttentionCollector::collect(workspace, date);
    const auto sentences = [&items](std::initializer_list<AttentionKind> kinds) {
        QStringList lines;
        for (const AttentionItem& item : items) {
            if (std::find(kinds.begin(), kinds.end(), item.kind) != kinds.end())
                lines << item.text;
        }
        return lines;
    };
    // The collector's other kinds (overdue actions, reviews, contacts) have their own points.
    if (const QStringList kpis = sentences({AttentionKind::KpiOffTrack, AttentionKind::KpiAtRisk}); !kpis.isEmpty())
        points << AgendaPoint{QCoreApplication::translate("Agenda", "KPIs off track or at risk (%n)", nullptr, int(kpis.size())), listed(kpis)};
    if (const QStringList fired = sentences({AttentionKind::FollowUpFired}); !fired.isEmpty())
        points << AgendaPoint{QCoreApplication::translate("Agenda", "Follow-up actions fired by threshold rules (%n)", nullptr, int(fired.size())), listed(fired)};
    if (const QStringList moments = sentences({AttentionKind::MeasurementOverdue}); !moments.isEmpty())
        points << AgendaPoint{QCoreApplication::translate("Agenda", "Overdue measurement moments (%n)", nullptr, int(moments.size())), listed(moments)};
    if (const QStringList budget = sentences({AttentionKind::BudgetWarning}); !budget.isEmpty())
        points << AgendaPoint{QCoreApplication::translate("Agenda", "Budget warnings (%n)", nullptr, int(budget.size())), listed(budget)};
    if (const QStringList backlog = sentences({AttentionKind::BacklogDecision}); !backlog.isEmpty())
        points << AgendaPoint{QCoreApplication::translate("Agenda", "Backlog items awaiting a decision (%n)", nullptr, int(backlog.size())), listed(backlog)};
}

void AgendaProposal::addOverdueActions(RecordStore& store, const QDate& date, QList<AgendaPoint>& points)
{
    QStringList overdue;
    for (const ActionItem& item : Repository<ActionItem>(store).all()) {
        if (!ActionItemDue::isOverdueOn(item, date))
            continue;
        const QString owner = item.ownerId ? store.displayName(QStringLiteral("stakeholder"), item.ownerId)
                                           : QCoreApplication::translate("Agenda", "no owner");
        overdue << QCoreApplication::translate("Agenda", "“%1” (%2, due %3)")
                       .arg(item.description, owner, DateWords::day(item.due));
    }
    if (overdue.isEmpty())
        return;
    points << AgendaPoint{
        QCoreApplication::translate("Agenda", "Overdue action items (%n)", nullptr, int(overdue.size())),
        QCoreApplication::translate("Agenda", "Past their due date and still open:") + QLatin1Char('\n') + listed(overdue)};
}

void AgendaProposal::addAgreementReviews(
    RecordStore& store, const QDate& date, QList<AgendaPoint>& points)
{
    for (const Agreement& agreement : Repository<Agreement>(store).all()) {
        if (agreement.status == AgreementStatus::Ended || !agreement.nextReview.isValid()
            || agreement.nextReview > date.addDays(reviewLookAheadDays))
            continue;
        const QString why = agreement.nextReview <= date
            ? QCoreApplication::translate("Agenda", "Its review was due on %1.")
            : QCoreApplication::translate("Agenda", "Its review is due on %1, before the next meeting.");
        points << AgendaPoint{
            QCoreApplication::translate("Agenda", "Review agreement “%1”").arg(agreement.title),
            why.arg(DateWords::day(agreement.nextReview))};
    }
}

void AgendaProposal::addStakeholderPoints(
    RecordStore& store, const QDate& date, QList<AgendaPoint>& points)
{
    const QList<Stakeholder> stakeholders = Repository<Stakeholder>(store).all();
    for (const QString& warning : SponsorCheck::warnings(stakeholders))
        points << AgendaPoint{QCoreApplication::translate("Agenda", "Sponsorship of the intranet"), warning};
    QStringList lapsed;
    for (const ContactLapse::Lapse& lapse : ContactLapse::find(stakeholders, date))
        lapsed << lapse.sentence();
    if (!lapsed.isEmpty()) {
        points << AgendaPoint{
            QCoreApplication::translate("Agenda", "Stakeholders without recent contact (%n)",
                nullptr, int(lapsed.size())),
            listed(lapsed)};
    }
}

QString AgendaProposal::toText(const QList<AgendaPoint>& points)
{
    QStringList lines;
    for (qsizetype i = 0; i < points.size(); ++i) {
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(points.at(i).title);
        for (const QString& reason : points.at(i).why.split(QLatin1Char('\n')))
            lines << QStringLiteral("   ") + reason;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace stuurboord
