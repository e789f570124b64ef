#pragma once

#include "model/Outcome.h"

#include <QDate>
#include <QString>

namespace stuurboord {

struct Kpi;
class Workspace;

// What a coordinator does with a KPI over its life, as core operations the GUI turns into
// undoable commands and tests drive directly.
class KpiOperations final
{
public:
    enum class ReviewOutcome { Kept, Changed, Retired };

    explicit KpiOperations(Workspace& workspace);

    // Saves an edited KPI. A change of definition (formula, unit, frequency, source or
    // direction) becomes a new version: values computed so far are first stored under
    // the old version, so history does not change with the definition, and the change
    // log records who, when, what and why.
    Outcome save(Kpi edited, const QString& why, const QString& author);

    // Records a KPI review: kept (with the next review date), changed (saved as a new
    // version) or retired (with the reason; the history stays, the dashboard drops it).
    Outcome review(Kpi reviewed, ReviewOutcome outcome, const QString& reason, const QString& author,
                   const QDate& nextReview);

    // A manual value for a period (a survey score). A percentage above 100 is refused
    // unless confirmed, because it is almost always a typing error.
    enum class Confirmation { NotAsked, Confirmed };
    Outcome enterValue(qint64 kpiId, const QString& period, double value, const QString& note,
                       Confirmation confirmation = Confirmation::NotAsked);
    static bool needsConfirmation(const Kpi& kpi, double value);

private:
    Outcome freezeValues(const Kpi& before);
    Outcome log(qint64 kpiId, int version, const QString& what, const QString& why, const QString& author);

    Workspace& m_workspace;
};

} // namespace stuurboord
