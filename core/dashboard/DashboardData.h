#pragma once

#include "KpiTile.h"
#include "TrendSignal.h"
#include "attention/AttentionItem.h"

#include <QDate>
#include <QList>

namespace stuurboord {

class KpiEvaluator;
class Workspace;

// Everything the dashboard shows, as plain data for a date: a tile per measured KPI, what
// needs action, the trend signals, and how far the four steps of setting up measurement
// (goals, KPIs, measurement moments, evaluation) have come. The ui only lays it out.
struct DashboardData
{
    struct Steps
    {
        bool goals = false;        // a goal is written down
        bool kpis = false;         // a KPI is active (or under review)
        bool measurements = false; // figures were imported or a value entered
        bool review = false;       // a KPI review is planned
    };

    QDate asOf;
    QList<KpiTile> tiles;
    QList<AttentionItem> attention;
    QList<TrendSignal> trends;
    Steps steps;

    // Whether measuring has not started: no KPI is measured yet.
    bool needsGuide() const { return !steps.kpis; }

    static DashboardData build(Workspace& workspace, const QDate& asOf);
    static DashboardData build(Workspace& workspace, const KpiEvaluator& evaluator);
};

} // namespace stuurboord
