#pragma once

#include "Period.h"

#include <QDate>
#include <QList>
#include <QString>

namespace stuurboord {

class KpiEvaluator;
class Workspace;

// When each active KPI is measured next, and which past measurement moments still lack
// a value (a quarterly survey not entered, a month not imported), with what is missing.
class MeasurementCalendar final
{
public:
    struct Moment
    {
        qint64 kpiId = 0;
        QString kpiName;
        Period period;
        QDate date; // when the figures for the period can be measured
        QString missing; // for an overdue moment: what is missing
    };

    // As of a date (the clock's today by default).
    static QList<Moment> upcoming(Workspace& workspace, const QDate& asOf = {});
    static QList<Moment> overdue(Workspace& workspace, const KpiEvaluator& evaluator);
};

} // namespace stuurboord
