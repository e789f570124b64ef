#pragma once

#include "model/Outcome.h"

#include <QDate>
#include <QString>

namespace stuurboord {

class Workspace;

// Writes the demo workspace: a fictional Dutch municipality whose data tells a story.
class DemoWorkspace final
{
public:
    // Creates a new workspace file at path filled with the demo; lastMonth is the most
    // recent month with usage data (any day in that month). Fails if the file exists.
    static Outcome write(const QString& path, QDate lastMonth);
    // Fills an open, freshly created workspace (only the organisation row present).
    static Outcome fill(Workspace& workspace, QDate lastMonth);
};

} // namespace stuurboord
