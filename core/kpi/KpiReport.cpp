#include "KpiReport.h"

#include "BreachEpisode.h"
#include "domain/ActionItem.h"
#include "KpiEvaluator.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace stuurboord {

namespace {
const BreachEpisode* episodeAt(const QList<BreachEpisode>& episodes, const Period& period)
{
    for (const BreachEpisode& episode : episodes) {
        const bool fired = !(period < episode.firedAt);
        const bool over = episode.recoveredAt && !(period < *episode.recoveredAt);
        if (fired && !over)
            return &episode;
    }
    return nullptr;
}

QString number(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QStringLiteral("—");
}
} // namespace

QList<KpiReport::Row> KpiReport::build(
    Workspace& workspace, const KpiEvaluator& evaluator, const Period& period)
{
    QList<Row> rows;
    const QList<ActionItem> actions = workspace.repository<ActionItem>().all();
    RecordStore& store = workspace.records();
    for (const Kpi& kpi : workspace.repository<Kpi>().all()) {
        if (period.isValid() && period.kind() != Period::kindFor(kpi.frequency))
            continue;
        const QList<KpiPoint> points = evaluator.series(kpi);
        QMap<qint64, QList<BreachEpisode>> episodes;
        const QList<ThresholdRule> rules = evaluator.rules(kpi.id);
        for (const ThresholdRule& rule : rules)
            episodes.insert(rule.id, BreachEpisode::find(points, rule.id, rule.consecutive));
        for (const KpiPoint& point : points) {
            if (period.isValid() && !(point.period == period))
                continue;
            Row row{kpi.id, kpi.name, enumKey(kpi.unit), enumKey(kpi.lifecycle), point, {}};
            for (const ThresholdRule& rule : rules) {
                const BreachEpisode* episode = episodeAt(episodes.value(rule.id), point.period);
                if (!episode)
                    continue;
                QString state = QCoreApplication::translate("KpiReport", "not yet recorded");
                for (const ActionItem& item : actions) {
                    if (item.ruleId == rule.id && item.breachPeriod == episode->start.toString())
                        state = enumKey(item.status);
                }
                row.actions << Action{enumKey(rule.status), rule.action,
                    store.displayName(QStringLiteral("stakeholder"), rule.actionOwnerId), state};
            }
            rows << row;
        }
    }
    return rows;
}

QJsonArray KpiReport::toJson(const QList<Row>& rows)
{
    QJsonArray array;
    for (const Row& row : rows) {
        QJsonObject object{{QStringLiteral("name"), row.name},
            {QStringLiteral("period"), row.point.period.toString()},
            {QStringLiteral("value"),
                row.point.value ? QJsonValue(*row.point.value) : QJsonValue()},
            {QStringLiteral("unit"), row.unit},
            {QStringLiteral("target"),
                row.point.target ? QJsonValue(row.point.target->value) : QJsonValue()},
            {QStringLiteral("status"), enumKey(row.point.status)},
            {QStringLiteral("version"), row.point.version},
            {QStringLiteral("lifecycle"), row.lifecycle}};
        if (row.point.target && row.point.target->upper)
            object.insert(QStringLiteral("target_upper"), *row.point.target->upper);
        if (!row.point.value)
            object.insert(QStringLiteral("reason"), row.point.reason);
        QJsonArray actions;
        for (const Action& action : row.actions) {
            actions.append(QJsonObject{{QStringLiteral("rule"), action.rule},
                {QStringLiteral("action"), action.action}, {QStringLiteral("owner"), action.owner},
                {QStringLiteral("state"), action.state}});
        }
        object.insert(QStringLiteral("actions"), actions);
        array.append(object);
    }
    return array;
}

QString KpiReport::toText(const QList<Row>& rows)
{
    QStringList lines;
    lines << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                 .arg(QCoreApplication::translate("KpiReport", "KPI"), -44)
                 .arg(QCoreApplication::translate("KpiReport", "Period"), -8)
                 .arg(QCoreApplication::translate("KpiReport", "Value"), 9)
                 .arg(QCoreApplication::translate("KpiReport", "Target"), 9)
                 .arg(QCoreApplication::translate("KpiReport", "Status"), -10)
                 .arg(QStringLiteral("v"), 2)
                 .arg(QCoreApplication::translate("KpiReport", "Follow-up actions"));
    for (const Row& row : rows) {
        QStringList actions;
        for (const Action& action : row.actions)
            actions << QStringLiteral("%1 (%2)").arg(action.action.left(60), action.state);
        QString status = enumLabel(row.point.status);
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                     .arg(row.name.left(44), -44)
                     .arg(row.point.period.toString(), -8)
                     .arg(number(row.point.value), 9)
                     .arg(number(row.point.target ? std::optional<double>(row.point.target->value)
                                                  : std::nullopt),
                         9)
                     .arg(status, -10)
                     .arg(row.point.version, 2)
                     .arg(row.point.value ? actions.join(u"; ") : row.point.reason);
    }
    return lines.join(u'\n');
}

} // namespace stuurboord
