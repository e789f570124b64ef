#pragma once

#include "domain/Kpi.h"

#include <QString>
#include <optional>

class QWidget;

namespace stuurboord {

class WorkspaceContext;

// The KPI form: every field of a KPI, the formula checked while typing (syntax, unknown
// metrics, with the position), and the reason asked for when the definition changes.
class KpiEditor final
{
public:
    struct Result
    {
        Kpi kpi;
        QString why;
    };

    // Shows the form; nothing when the user cancels.
    static std::optional<Result> ask(WorkspaceContext& context, const Kpi& kpi, QWidget* parent,
                                     const QString& title = {});
    // Shows the form and saves the result as one undoable step (a new version if needed).
    static void editAndSave(WorkspaceContext& context, qint64 kpiId, QWidget* parent);
    // The name that goes into the change log.
    static QString author(WorkspaceContext& context);
    static bool definitionDiffers(const Kpi& a, const Kpi& b);
};

} // namespace stuurboord
