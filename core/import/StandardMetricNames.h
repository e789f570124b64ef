#pragma once

#include <QString>

namespace stuurboord {

// The names of the metrics Stuurboord's own profiles and key mapping produce, in the user's
// language: "Paginaweergaven" rather than the export's "nb_pageviews" or "Page Value".
// A metric takes this name when an import creates it; the dashboard and the import preview
// show it for metrics the workspace does not have yet. A metric the coordinator renamed
// keeps their name.
class StandardMetricNames final
{
public:
    // The translated name for a standard key; empty for any other key.
    static QString name(const QString& key);
    // name(), else the export's own label, else the key.
    static QString nameOr(const QString& key, const QString& label);
};

} // namespace stuurboord
