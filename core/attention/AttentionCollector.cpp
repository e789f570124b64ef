#include "AttentionCollector.h"

#include "domain/ActionItem.h"
#include "domain/Agreement.h"
#include "backlog/BacklogAttention.h"
#include "budget/BudgetWarnings.h"
#include "domain/BudgetYear.h"
#include "domain/Kpi.h"
#include "domain/Stakeholder.h"
#include "governance/ActionItemDue.h"
#include "governance/ContactLapse.h"
#include "governance/SponsorCheck.h"
#include "kpi/KpiEvaluator.h"
#include "kpi/KpiFormat.h"
#include "kpi/MeasurementCalendar.h"
#include "storage/RecordStore.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace stuurboord {

namespace {
QString date(const QDate& day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

struct Sources
{
    Workspace& workspace;
    const KpiEvaluator& evaluator;
    QDate asOf;
};

bool isMeasured(const Kpi& kpi)
{
    return kpi.lifecycle == KpiLifecycle::Active || kpi.lifecycle == KpiLifecycle::UnderReview;
}

// The latest judged period of each measured KPI: off track or at risk.
void kpiStatus(const Sources& in, QList<AttentionItem>& out)
{
    for (const Kpi& kpi : in.workspace.repository<Kpi>().all()) {
        if (!isMeasured(kpi))
            continue;
        const QList<KpiPoint> points = in.evaluator.series(kpi);
        const auto latest = std::find_if(points.crbegin(), points.crend(),
            [](const KpiPoint& p) { return p.value && p.status != KpiStatus::Incomplete; });
        if (latest == points.crend()
            || (latest->status != KpiStatus::OffTrack && latest->status != KpiStatus::AtRisk))
            continue;
        const bool off = latest->status == KpiStatus::OffTrack;
        QString text = (off ? QCoreApplication::translate("AttentionCollector", "“%1” is off track in %2: %3") : QCoreApplication::translate("AttentionCollector", "“%1” is at risk in %2: %3"))
                           .arg(kpi.name, KpiFormat::period(latest->period),
                               KpiFormat::value(*latest->value, kpi.unit));
        if (latest->target)
            text = QCoreApplication::translate("AttentionCollector", "%1 against a target of %2.")
                       .arg(text, KpiFormat::value(latest->target->value, kpi.unit));
        else
            text += u'.';
        out << AttentionItem{off ? AttentionKind::KpiOffTrack : AttentionKind::KpiAtRisk,
            latest->period.lastDay(), off ? AttentionSeverity::Urgent : AttentionSeverity::Warning,
            text, {AttentionPlace::goalsKpis(), QStringLiteral("kpi"), kpi.id}};
    }
}

// Action items: those a threshold rule fired, and any other one past its due date.
void actionItems(const Sources& in, QList<AttentionItem>& out)
{
    RecordStore& store = in.workspace.records();
    for (const ActionItem& action : in.workspace.repository<ActionItem>().all()) {
        if (!ActionItemDue::isOpenOn(action, in.asOf))
            continue;
        const bool overdue = action.due.isValid() && action.due < in.asOf;
        const QString owner = store.displayName(QStringLiteral("stakeholder"), action.ownerId);
        const AttentionPlace place{
            AttentionPlace::stakeholders(), QStringLiteral("action_item"), action.id};
        if (action.ruleId != 0) {
            const QString kpi = store.displayName(QStringLiteral("kpi"), action.kpiId);
            QString text = overdue ? QCoreApplication::translate("AttentionCollector", "Follow-up action for “%1”, overdue since %2: %3")
                                         .arg(kpi, date(action.due), action.description)
                                   : QCoreApplication::translate("AttentionCollector", "Follow-up action for “%1”, due %2: %3")
                                         .arg(kpi, date(action.due), action.description);
            if (!owner.isEmpty())
                text += QStringLiteral(" (%1)").arg(owner);
            out << AttentionItem{AttentionKind::FollowUpFired, action.due,
                overdue ? AttentionSeverity::Urgent : AttentionSeverity::Warning, text, place};
        } else if (overdue) {
            QString text = QCoreApplication::translate("AttentionCollector", "Action item overdue since %1: %2").arg(date(action.due), action.description);
            if (!owner.isEmpty())
                text += QStringLiteral(" (%1)").arg(owner);
            out << AttentionItem{
                AttentionKind::ActionOverdue, action.due, AttentionSeverity::Urgent, text, place};
        }
    }
}

// One line per KPI: its oldest measurement moment still without a value.
void measurementMoments(const Sources& in, QList<AttentionItem>& out)
{
    QMap<qint64, MeasurementCalendar::Moment> oldest;
    QMap<qint64, int> count;
    for (const MeasurementCalendar::Moment& moment :
        MeasurementCalendar::overdue(in.workspace, in.evaluator)) {
        if (!oldest.contains(moment.kpiId))
            oldest.insert(moment.kpiId, moment);
        ++count[moment.kpiId];
    }
    for (auto it = oldest.cbegin(); it != oldest.cend(); ++it) {
        const std::optional<Kpi> kpi = in.workspace.repository<Kpi>().get(it.key());
        const bool manual = kpi && kpi->source == KpiSource::Manual;
        const int more = count.value(it.key()) - 1;
        QString text = QCoreApplication::translate("AttentionCollector", "Measurement of “%1” for %2 is overdue: %3.")
                           .arg(it->kpiName, KpiFormat::period(it->period), it->missing);
        if (more > 0)
            text += u' ' + QCoreApplication::translate("AttentionCollector", "%n later moment(s) too.", nullptr, more);
        out << AttentionItem{AttentionKind::MeasurementOverdue, it->date, AttentionSeverity::Warning,
            text,
            {manual ? AttentionPlace::goalsKpis() : AttentionPlace::data(), QStringLiteral("kpi"),
                it.key()}};
    }
}

// Agreements whose review date has come, or comes within a month.
void agreementReviews(const Sources& in, QList<AttentionItem>& out)
{
    for (const Agreement& agreement : in.workspace.repository<Agreement>().all()) {
        if (agreement.status == AgreementStatus::Ended || !agreement.nextReview.isValid()
            || agreement.nextReview > in.asOf.addDays(30)
            || (agreement.agreedOn.isValid() && agreement.agreedOn > in.asOf))
            continue;
        const bool due = agreement.nextReview <= in.asOf;
        const QString text = due
            ? QCoreApplication::translate("AttentionCollector", "Agreement “%1” was due for review on %2.").arg(agreement.title, date(agreement.nextReview))
            : QCoreApplication::translate("AttentionCollector", "Agreement “%1” is due for review on %2.").arg(agreement.title, date(agreement.nextReview));
        out << AttentionItem{AttentionKind::AgreementReview, agreement.nextReview,
            due ? AttentionSeverity::Warning : AttentionSeverity::Notice, text,
            {AttentionPlace::stakeholders(), QStringLiteral("agreement"), agreement.id}};
    }
}

// Stakeholders whose agreed contact has lapsed, and a missing sponsor.
void stakeholders(const Sources& in, QList<AttentionItem>& out)
{
    const QList<Stakeholder> all = in.workspace.repository<Stakeholder>().all();
    if (!all.isEmpty()) {
        for (const QString& warning : SponsorCheck::warnings(all))
            out << AttentionItem{AttentionKind::NoSponsor, in.asOf, AttentionSeverity::Warning, warning,
                {AttentionPlace::stakeholders(), QStringLiteral("stakeholder"), 0}};
    }
    for (const ContactLapse::Lapse& lapse : ContactLapse::find(all, in.asOf))
        out << AttentionItem{AttentionKind::ContactLapsed, lapse.due.isValid() ? lapse.due : in.asOf,
            AttentionSeverity::Notice, lapse.sentence(),
            {AttentionPlace::stakeholders(), QStringLiteral("stakeholder"), lapse.stakeholderId}};
}

// The ways the budget quietly fails (overspent, over-committed, no phase-two money).
void budgetWarnings(const Sources& in, QList<AttentionItem>& out)
{
    // A workspace without any budget yet gets the four-step guide, not budget warnings.
    if (in.workspace.repository<BudgetYear>().count() == 0)
        return;
    for (const BudgetWarnings::Warning& warning : BudgetWarnings::forDate(in.workspace, in.asOf)) {
        const bool backlog = warning.table == QLatin1String("backlog_item");
        out << AttentionItem{AttentionKind::BudgetWarning, in.asOf,
            warning.kind == BudgetWarnings::Kind::Overspent ? AttentionSeverity::Urgent : AttentionSeverity::Warning,
            warning.text,
            {backlog ? AttentionPlace::backlog() : AttentionPlace::budget(), warning.table, warning.id}};
    }
}

// Backlog items that wait for a decision.
void backlogDecisions(const Sources& in, QList<AttentionItem>& out)
{
    for (const BacklogAttention::Point& point : BacklogAttention::itemsAwaitingDecision(in.workspace, in.asOf))
        out << AttentionItem{AttentionKind::BacklogDecision, in.asOf, AttentionSeverity::Notice,
            point.reason, // names the item itself
            {AttentionPlace::backlog(), point.table, point.id}};
}

using Source = void (*)(const Sources&, QList<AttentionItem>&);
// Every kind of attention, in the order it is collected; add a kind by adding a line.
constexpr Source sources[] = {kpiStatus, actionItems, measurementMoments, agreementReviews,
    stakeholders, budgetWarnings, backlogDecisions};
} // namespace

QList<AttentionItem> AttentionCollector::collect(Workspace& workspace, const QDate& asOf)
{
    return collect(workspace, KpiEvaluator(workspace, asOf));
}

QList<AttentionItem> AttentionCollector::collect(Workspace& workspace, const KpiEvaluator& evaluator)
{
    QList<AttentionItem> items;
    const Sources in{workspace, evaluator, evaluator.asOf()};
    for (Source source : sources)
        source(in, items);
    // Most urgent first; within the same urgency the oldest first.
    std::stable_sort(items.begin(), items.end(), [](const AttentionItem& a, const AttentionItem& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.date < b.date;
    });
    return items;
}

} // namespace stuurboord
