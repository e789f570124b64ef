#include "FollowUpSync.h"

#include "WorkspaceContext.h"
#include "kpi/FollowUpActions.h"
#include "kpi/KpiEvaluator.h"

#include <QTimer>

namespace stuurboord {

FollowUpSync::FollowUpSync(WorkspaceContext& context)
    : QObject(&context)
    , m_context(context)
{
    connect(&context, &WorkspaceContext::tableChanged, this, &FollowUpSync::schedule);
}

void FollowUpSync::schedule(const QString& table)
{
    static const QStringList inputs{QStringLiteral("kpi"),          QStringLiteral("kpi_value"),
                                    QStringLiteral("kpi_target"),   QStringLiteral("threshold_rule"),
                                    QStringLiteral("observation"),  QStringLiteral("headcount"),
                                    QStringLiteral("import_batch")};
    if (!inputs.contains(table) || m_pending)
        return;
    // Several tables change in one edit; synchronise once, after all of them.
    m_pending = true;
    QTimer::singleShot(0, this, &FollowUpSync::run);
}

void FollowUpSync::run()
{
    m_pending = false;
    const FollowUpActions::Result result = FollowUpActions::synchronise(m_context.workspace(), KpiEvaluator(m_context.workspace()));
    if (result.created > 0 || result.closed > 0)
        m_context.notifyChanged(QStringLiteral("action_item"));
}

} // namespace stuurboord
