#include "PackKpiParts.h"

#include "PackContext.h"
#include "dashboard/TrendSignals.h"
#include "domain/ActionItem.h"
#include "domain/Goal.h"
#include "governance/ActionItemDue.h"
#include "kpi/KpiChartData.h"
#include "kpi/KpiFormat.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <algorithm>

namespace stuurboord {

namespace {
QString targetText(const std::optional<TargetSchedule::Target>& target, KpiUnit unit)
{
    if (!target)
        return QCoreApplication::translate("MeetingPack", "none");
    if (target->upper)
        return QCoreApplication::translate("MeetingPack", "%1 to %2").arg(KpiFormat::value(target->value, unit), KpiFormat::value(*target->upper, unit));
    return KpiFormat::value(target->value, unit);
}

// "↑ +3.1 pp": the arrow says which way it moved, the figure how far.
QString changeText(const KpiTile& tile)
{
    const std::optional<double> change = tile.changeFromPrevious();
    if (!change)
        return QStringLiteral("–");
    const QString arrow = *change > 0 ? QStringLiteral("↑") : *change < 0 ? QStringLiteral("↓") : QStringLiteral("→");
    return arrow + u' ' + KpiFormat::change(*change, tile.unit);
}

KpiStatus statusOf(const KpiTile& tile)
{
    return tile.latest ? tile.latest->status : KpiStatus::NoData;
}

// The follow-up action a rule fired for the KPI that is open on the date, if any.
std::optional<ActionItem> openFollowUp(const PackContext& context, qint64 kpiId)
{
    for (const ActionItem& action : context.workspace.repository<ActionItem>().where(QStringLiteral("kpi_id"), kpiId)) {
        if (action.ruleId != 0 && ActionItemDue::isOpenOn(action, context.asOf))
            return action;
    }
    return std::nullopt;
}

// "Ingevulde profielen 58% against 70%; follow-up: profielcampagne (HR, due 15 December 2026)"
QString concern(const PackContext& context, const KpiTile& tile)
{
    QString text = tile.name + u' ' + KpiFormat::value(*tile.latest->value, tile.unit);
    if (tile.latest->target)
        text = QCoreApplication::translate("MeetingPack", "%1 against %2").arg(text, targetText(tile.latest->target, tile.unit));
    if (const std::optional<ActionItem> action = openFollowUp(context, tile.kpiId)) {
        const QString owner = context.stakeholder(action->ownerId);
        text += u' ';
        text += owner.isEmpty() ? QCoreApplication::translate("MeetingPack", "(follow-up: %1, due %2)").arg(action->description, PackContext::date(action->due))
                                : QCoreApplication::translate("MeetingPack", "(follow-up: %1, %2, due %3)").arg(action->description, owner, PackContext::date(action->due));
    }
    return text;
}
} // namespace

QString PackKpiParts::latestPeriod(const PackContext& context)
{
    std::optional<Period> latest;
    for (const KpiTile& tile : context.tiles) {
        if (tile.latest && tile.latest->period.kind() == Period::Kind::Month && (!latest || *latest < tile.latest->period))
            latest = tile.latest->period;
    }
    return latest ? KpiFormat::period(*latest) : QString();
}

PackPart PackKpiParts::summary(const PackContext& context)
{
    PackPart part{PackSection::Summary, QCoreApplication::translate("MeetingPack", "Summary"), {}};
    int measured = 0;
    int onTrack = 0;
    QStringList atRisk;
    QStringList offTrack;
    for (const KpiTile& tile : context.tiles) {
        if (!tile.latest || !isJudged(tile.latest->status))
            continue;
        ++measured;
        if (tile.latest->status == KpiStatus::OnTrack)
            ++onTrack;
        else if (tile.latest->status == KpiStatus::AtRisk)
            atRisk << concern(context, tile);
        else if (tile.latest->status == KpiStatus::OffTrack)
            offTrack << concern(context, tile);
    }
    if (measured == 0) {
        part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "No KPI could be judged yet on figures from before %1.").arg(PackContext::date(context.asOf)));
        return part;
    }
    QStringList clauses{QCoreApplication::translate("MeetingPack", "%1 of %n KPIs on track", nullptr, measured).arg(onTrack)};
    if (!offTrack.isEmpty())
        clauses << QCoreApplication::translate("MeetingPack", "%n off track: %1", nullptr, int(offTrack.size())).arg(offTrack.join(QStringLiteral("; ")));
    if (!atRisk.isEmpty())
        clauses << QCoreApplication::translate("MeetingPack", "%n at risk: %1", nullptr, int(atRisk.size())).arg(atRisk.join(QStringLiteral("; ")));
    const int between = measured - onTrack - int(atRisk.size()) - int(offTrack.size());
    if (between > 0)
        clauses << QCoreApplication::translate("MeetingPack", "%n short of target but within tolerance", nullptr, between);
    part.blocks << PackBlock::paragraph(clauses.join(QStringLiteral("; ")) + u'.');
    const QString period = latestPeriod(context);
    if (!period.isEmpty())
        part.blocks << PackBlock::note(
            QCoreApplication::translate("MeetingPack", "Figures of complete periods up to %1; a month still running or only partly imported is not judged.").arg(period));
    return part;
}

PackPart PackKpiParts::table(const PackContext& context)
{
    PackPart part{PackSection::Kpis, QCoreApplication::translate("MeetingPack", "KPIs"), {}};
    if (context.tiles.isEmpty()) {
        part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "There are no active KPIs."));
        return part;
    }
    PackTable table;
    table.header = QStringList{QCoreApplication::translate("MeetingPack", "KPI"), QCoreApplication::translate("MeetingPack", "Period"), QCoreApplication::translate("MeetingPack", "Value"), QCoreApplication::translate("MeetingPack", "Target"), QCoreApplication::translate("MeetingPack", "Change"), QCoreApplication::translate("MeetingPack", "Status")};
    table.numericColumns = {2, 3, 4};
    table.statusColumn = 5;
    table.widths = {21, 16, 10, 15, 21, 17};
    for (const KpiTile& tile : context.tiles) {
        const KpiStatus status = statusOf(tile);
        table.rows << QStringList{tile.name, tile.latest ? KpiFormat::period(tile.latest->period) : QStringLiteral("–"),
            tile.latest ? KpiFormat::value(*tile.latest->value, tile.unit) : QStringLiteral("–"),
            tile.latest ? targetText(tile.latest->target, tile.unit) : QStringLiteral("–"), changeText(tile),
            PackContext::capitalised(enumLabel(status))};
        table.rowStatus << status;
    }
    part.blocks << PackBlock::ofTable(table);
    part.blocks << PackBlock::note(QCoreApplication::translate("MeetingPack", "Change: against the period before. Each KPI shows its latest complete period before %1.")
                                       .arg(PackContext::date(context.asOf)));
    return part;
}

PackPart PackKpiParts::charts(const PackContext& context, QList<KpiChartData>& charts)
{
    PackPart part{PackSection::Charts, QCoreApplication::translate("MeetingPack", "KPI charts"), {}};
    for (const Kpi& kpi : context.kpis) {
        KpiChartData data = KpiChartData::build(context.workspace, context.evaluator, kpi).lastPeriods(12);
        if (data.points.isEmpty())
            continue;
        charts << data;
        part.blocks << PackBlock::ofChart(int(charts.size()) - 1);
    }
    if (part.blocks.isEmpty())
        part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "No KPI has figures to chart yet."));
    else
        part.blocks.prepend(PackBlock::note(QCoreApplication::translate("MeetingPack", "The last twelve periods up to the pack's date, with the target, the "
                                               "shaded threshold bands, events and the benchmark where known.")));
    return part;
}

PackPart PackKpiParts::goals(const PackContext& context)
{
    PackPart part{PackSection::Goals, QCoreApplication::translate("MeetingPack", "Goals"), {}};
    PackTable table;
    table.header = QStringList{QCoreApplication::translate("MeetingPack", "Goal"), QCoreApplication::translate("MeetingPack", "Status"), QCoreApplication::translate("MeetingPack", "KPIs"), QCoreApplication::translate("MeetingPack", "Progress")};
    table.widths = {34, 12, 36, 18};
    for (const Goal& goal : context.workspace.repository<Goal>().all()) {
        if (goal.status == GoalStatus::Dropped)
            continue;
        QStringList kpis;
        int judged = 0;
        int onTrack = 0;
        for (int i = 0; i < context.kpis.size(); ++i) {
            if (context.kpis.at(i).goalId != goal.id)
                continue;
            const KpiStatus status = statusOf(context.tiles.at(i));
            kpis << QStringLiteral("%1 (%2)").arg(context.kpis.at(i).name, enumLabel(status));
            judged += isJudged(status) ? 1 : 0;
            onTrack += status == KpiStatus::OnTrack ? 1 : 0;
        }
        const QString progress = judged == 0 ? QCoreApplication::translate("MeetingPack", "not measured") : QCoreApplication::translate("MeetingPack", "%1 of %n on track", nullptr, judged).arg(onTrack);
        table.rows << QStringList{goal.title, PackContext::capitalised(enumLabel(goal.status)),
            kpis.isEmpty() ? QCoreApplication::translate("MeetingPack", "no KPI yet") : kpis.join(QStringLiteral("; ")), progress};
    }
    if (table.rows.isEmpty())
        part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "No goals are written down yet."));
    else
        part.blocks << PackBlock::ofTable(table);
    return part;
}

PackPart PackKpiParts::trends(const PackContext& context)
{
    PackPart part{PackSection::Trends, QCoreApplication::translate("MeetingPack", "Trend signals"), {}};
    QList<TrendSignal> signalList = TrendSignals::collect(context.workspace, context.evaluator);
    std::stable_sort(signalList.begin(), signalList.end(),
        [](const TrendSignal& a, const TrendSignal& b) { return a.worrying && !b.worrying; });
    QStringList texts;
    for (const TrendSignal& trend : std::as_const(signalList).mid(0, 8))
        texts << trend.text;
    if (texts.isEmpty())
        part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "No trend stands out: no KPI or usage figure moved the same way for several "
                                               "periods, and none left its usual range."));
    else
        part.blocks << PackBlock::bullets(texts);
    return part;
}

} // namespace stuurboord
