#pragma once

#include "dashboard/KpiTile.h"
#include "domain/Kpi.h"
#include "domain/Meeting.h"
#include "kpi/KpiEvaluator.h"

#include <QDate>
#include <QHash>
#include <optional>

namespace stuurboord {

class Workspace;

// What every section of a pack reads from: the workspace, the pack's date, the meeting and
// the one before it, and the KPIs evaluated as of the date (one evaluator for all sections,
// so every figure comes from the same periods).
class PackContext final
{
public:
    PackContext(Workspace& workspace, const QDate& asOf, std::optional<Meeting> meeting);
    Q_DISABLE_COPY_MOVE(PackContext)

    Workspace& workspace;
    const QDate asOf;
    const QDate today;
    const std::optional<Meeting> meeting;
    std::optional<Meeting> previous; // the meeting before this one (same series), or before the date
    const KpiEvaluator evaluator;
    QList<Kpi> kpis;      // measured as of the date (active or under review), by name
    QList<KpiTile> tiles; // one per KPI, same order

    QString stakeholder(qint64 id) const { return m_names.value(id); }
    // "15 December 2026" in the pack's language.
    static QString date(const QDate& day);
    static QString capitalised(const QString& text);

private:
    QHash<qint64, QString> m_names;
};

} // namespace stuurboord
