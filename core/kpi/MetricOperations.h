#pragma once

#include "model/Outcome.h"

#include <QString>

namespace stuurboord {

class Workspace;

// What a coordinator does to a metric itself: give it a name people understand. The key,
// which formulas use, never changes; only what every view shows does.
class MetricOperations final
{
public:
    explicit MetricOperations(Workspace& workspace);
    // Refuses an empty name and one another metric already has (ignoring case).
    Outcome rename(qint64 metricId, const QString& name);

private:
    Workspace& m_workspace;
};

} // namespace stuurboord
