#pragma once

#include "KpiPoint.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace stuurboord {

class KpiEvaluator;
class Workspace;

// Every KPI per period with its value, target, status and the follow-up actions its
// rules fired: what `stuurboord kpis` prints and what tests compare with the engine.
class KpiReport final
{
public:
    struct Action
    {
        QString rule;   // "at risk" / "off track"
        QString action; // the agreed follow-up action
        QString owner;
        QString state;  // the action item's status, or "not yet recorded"
    };
    struct Row
    {
        qint64 kpiId = 0;
        QString name;
        QString unit;      // enum key
        QString lifecycle; // enum key
        KpiPoint point;
        QList<Action> actions;
    };

    // All periods, or only `period` when it is valid (a month shows monthly KPIs, a
    // quarter quarterly ones, and so on).
    static QList<Row> build(Workspace& workspace, const KpiEvaluator& evaluator, const Period& period = {});
    static QJsonArray toJson(const QList<Row>& rows);
    static QString toText(const QList<Row>& rows);
};

} // namespace stuurboord
