#include "PackResourceParts.h"

#include "PackContext.h"
#include "domain/BacklogItem.h"
#include "domain/Expense.h"
#include "domain/Metric.h"
#include "kpi/KpiFormat.h"
#include "kpi/Period.h"
#include "model/Money.h"
#include "storage/queries/BudgetQueries.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <QLocale>
#include <cmath>

namespace stuurboord {

namespace {
// A target quarter as the KPI tables write it ("2026 K4" in Dutch); the stored key otherwise.
QString quarter(const QString& key)
{
    const Period period = Period::parse(key);
    return period.isValid() ? KpiFormat::period(period) : key;
}

// A usage figure to the precision it has: whole numbers stay whole, 3.6 actions per
// visit stay 3.6, and large numbers lose their decimals.
QString figure(double value, MetricUnit unit)
{
    const bool whole = std::abs(value - std::round(value)) < 0.005;
    const int decimals = whole || std::abs(value) >= 100 ? 0 : (std::abs(value) < 10 && unit != MetricUnit::Percentage ? 2 : 1);
    QString text = QLocale().toString(value, 'f', decimals);
    if (decimals == 2 && text.endsWith(u'0'))
        text.chop(1);
    switch (unit) {
    case MetricUnit::Percentage:
        return KpiFormat::value(value, KpiUnit::Percentage);
    case MetricUnit::Seconds:
        return KpiFormat::value(value, KpiUnit::Seconds);
    case MetricUnit::Euro:
        return KpiFormat::value(value, KpiUnit::Euro);
    case MetricUnit::Count:
    case MetricUnit::Bytes:
    case MetricUnit::Score:
        break;
    }
    return text;
}
} // namespace

PackPart PackResourceParts::budget(const PackContext& context)
{
    const int year = context.asOf.year();
    PackPart part{PackSection::Budget, QCoreApplication::translate("MeetingPack", "Budget %1").arg(year), {}};
    const BudgetQueries queries(context.workspace.database());
    const QList<BudgetQueries::Line> lines = queries.lines(year);
    if (lines.isEmpty()) {
        part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "There is no budget for %1.").arg(year));
        return part;
    }
    // Spent as booked up to the date, so an expense of a later month is not in an earlier pack.
    QHash<qint64, qint64> spent;
    for (const Expense& expense : context.workspace.repository<Expense>().all()) {
        if (expense.date.isValid() && expense.date <= context.asOf)
            spent[expense.lineId] += expense.amountCents;
    }
    PackTable table;
    table.header = QStringList{QCoreApplication::translate("MeetingPack", "Budget line"), QCoreApplication::translate("MeetingPack", "Planned"), QCoreApplication::translate("MeetingPack", "Committed"), QCoreApplication::translate("MeetingPack", "Spent"), QCoreApplication::translate("MeetingPack", "Left")};
    table.numericColumns = {1, 2, 3, 4};
    table.widths = {36, 16, 16, 16, 16};
    BudgetQueries::Line total;
    for (BudgetQueries::Line line : lines) {
        line.spentCents = spent.value(line.id);
        table.rows << QStringList{line.description, Money::format(line.plannedCents), Money::format(line.committedCents),
            Money::format(line.spentCents), Money::format(line.leftCents())};
        total.plannedCents += line.plannedCents;
        total.committedCents += line.committedCents;
        total.spentCents += line.spentCents;
    }
    table.rows << QStringList{QCoreApplication::translate("MeetingPack", "Total"), Money::format(total.plannedCents), Money::format(total.committedCents),
        Money::format(total.spentCents), Money::format(total.leftCents())};
    table.lastRowIsTotal = true;
    part.blocks << PackBlock::ofTable(table);
    if (total.plannedCents > 0)
        part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "%1 of %2 spent (%3%) by %4.")
                                                .arg(Money::formatWhole(total.spentCents), Money::formatWhole(total.plannedCents),
                                                    QLocale().toString(100.0 * double(total.spentCents) / double(total.plannedCents), 'f', 0),
                                                    PackContext::date(context.asOf)));
    QString note = QCoreApplication::translate("MeetingPack", "Spent: expenses booked up to and including %1. Committed: the estimated cost of backlog items "
                      "planned or in progress, as they are now. Left: planned minus committed and spent.")
                       .arg(PackContext::date(context.asOf));
    if (queries.isDraft(year))
        note += u' ' + QCoreApplication::translate("MeetingPack", "This budget is still a draft.");
    part.blocks << PackBlock::note(note);
    return part;
}

PackPart PackResourceParts::backlog(const PackContext& context)
{
    PackPart part{PackSection::Backlog, QCoreApplication::translate("MeetingPack", "Top of the phase-two backlog"), {}};
    QList<BacklogItem> items;
    for (const BacklogItem& item : context.workspace.repository<BacklogItem>().all()) {
        if (item.status != BacklogStatus::Done && item.status != BacklogStatus::Rejected)
            items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const BacklogItem& a, const BacklogItem& b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.value != b.value ? a.value > b.value : a.effort < b.effort;
    });
    PackTable table;
    table.header = QStringList{QCoreApplication::translate("MeetingPack", "Backlog item"), QCoreApplication::translate("MeetingPack", "Priority"), QCoreApplication::translate("MeetingPack", "Value / effort"), QCoreApplication::translate("MeetingPack", "Estimated cost"), QCoreApplication::translate("MeetingPack", "Status"),
        QCoreApplication::translate("MeetingPack", "Quarter")};
    table.numericColumns = {2, 3};
    table.widths = {35, 14, 12, 13, 14, 12};
    for (const BacklogItem& item : items.mid(0, backlogRows)) {
        table.rows << QStringList{item.title, PackContext::capitalised(enumLabel(item.priority)),
            QStringLiteral("%1 / %2").arg(item.value).arg(item.effort),
            item.estimatedCostCents > 0 ? Money::formatWhole(item.estimatedCostCents) : QStringLiteral("–"),
            PackContext::capitalised(enumLabel(item.status)), quarter(item.targetQuarter)};
    }
    if (table.rows.isEmpty()) {
        part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "The phase-two backlog is empty."));
        return part;
    }
    part.blocks << PackBlock::ofTable(table);
    QString note = QCoreApplication::translate("MeetingPack", "%1 open items in all; by priority (MoSCoW), then value and effort (1–5).").arg(items.size());
    if (context.asOf != context.today)
        note += u' ' + QCoreApplication::translate("MeetingPack", "The backlog as it is on %1: it keeps no history, so it may differ from how it stood on %2.")
                           .arg(PackContext::date(context.today), PackContext::date(context.asOf));
    part.blocks << PackBlock::note(note);
    return part;
}

PackPart PackResourceParts::usage(const PackContext& context)
{
    PackPart part{PackSection::Usage, QCoreApplication::translate("MeetingPack", "Usage figures"), {}};
    const KpiInputs& inputs = context.evaluator.inputs();
    const PeriodCompleteness& completeness = context.evaluator.completeness();
    // One month for every figure: the latest month that ended before the date and that is
    // complete for some metric; the month before it for comparison.
    const Period lastEnded = Period::containing(context.asOf, Period::Kind::Month).previous();
    std::optional<Period> month;
    const QList<Metric> metrics = context.workspace.repository<Metric>().all();
    for (const Metric& metric : metrics) {
        const QMap<QString, double> months = inputs.months(metric.key);
        const QStringList keys = months.keys();
        for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
            const Period candidate = Period::parse(*it);
            if (lastEnded < candidate || !completeness.isComplete(metric.key, *it))
                continue;
            if (!month || *month < candidate)
                month = candidate;
            break;
        }
    }
    if (!month) {
        part.blocks << PackBlock::paragraph(QCoreApplication::translate("MeetingPack", "No complete month of usage figures before %1.").arg(PackContext::date(context.asOf)));
        return part;
    }
    const Period previous = month->previous();
    PackTable table;
    table.header = QStringList{QCoreApplication::translate("MeetingPack", "Usage figure"), KpiFormat::period(*month), KpiFormat::period(previous), QCoreApplication::translate("MeetingPack", "Change")};
    table.numericColumns = {1, 2, 3};
    table.widths = {46, 18, 18, 18};
    int unnamed = 0;
    for (const Metric& metric : metrics) {
        const QMap<QString, double> months = inputs.months(metric.key);
        if (!months.contains(month->toString()) || !completeness.isComplete(metric.key, month->toString()))
            continue;
        const QString name = inputs.name(metric.key);
        if (name.isEmpty() || name == metric.key) {
            ++unnamed; // a raw export key means nothing to a board member
            continue;
        }
        const double value = months.value(month->toString());
        const bool comparable = months.contains(previous.toString()) && completeness.isComplete(metric.key, previous.toString());
        const double before = months.value(previous.toString());
        QString change = QStringLiteral("–");
        if (comparable && before != 0)
            change = (value >= before ? QStringLiteral("+") : QStringLiteral("−"))
                + QLocale().toString(std::abs(100.0 * (value - before) / before), 'f', 1) + u'%';
        table.rows << QStringList{name, figure(value, metric.unit), comparable ? figure(before, metric.unit) : QStringLiteral("–"), change};
    }
    std::sort(table.rows.begin(), table.rows.end(),
        [](const QStringList& a, const QStringList& b) { return QString::localeAwareCompare(a.first(), b.first()) < 0; });
    part.blocks << PackBlock::ofTable(table);
    QString note = QCoreApplication::translate("MeetingPack", "Organisation totals of %1, the last complete month before %2.")
                       .arg(KpiFormat::period(*month), PackContext::date(context.asOf));
    if (unnamed > 0)
        note += u' ' + QCoreApplication::translate("MeetingPack", "%n figures without a readable name are left out; name them on the Data page.", nullptr, unnamed);
    part.blocks << PackBlock::note(note);
    return part;
}

} // namespace stuurboord
