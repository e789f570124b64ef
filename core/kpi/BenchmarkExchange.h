#pragma once

#include "model/Outcome.h"

#include <QJsonObject>
#include <QString>

namespace stuurboord {

class Workspace;

// Anonymised benchmark files that organisations of the same kind exchange: each KPI's
// definition and values per period, normalised per employee where the figure is a count,
// with the sector and size band but no names of organisations or people.
// The format is documented in the README ("Benchmark exchange files").
class BenchmarkExchange final
{
public:
    static constexpr int formatVersion = 1;

    static QJsonObject build(Workspace& workspace);
    static Outcome exportTo(Workspace& workspace, const QString& path);

    struct ImportResult
    {
        int added = 0;
        int skipped = 0; // already imported before
        Outcome outcome;
    };
    static ImportResult importFrom(Workspace& workspace, const QString& path);
};

} // namespace stuurboord
