#pragma once

#include <QObject>

namespace stuurboord {

class WorkspaceContext;

// Keeps fired follow-up actions in step with the KPIs: after opening a workspace and
// whenever figures, KPIs or rules change, a breach gets its action item and a recovered
// KPI closes it. These are consequences of the data, not user edits, so not undoable.
class FollowUpSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpSync)

public:
    explicit FollowUpSync(WorkspaceContext& context);
    void run();

private:
    void schedule(const QString& table);

    WorkspaceContext& m_context;
    bool m_pending = false;
};

} // namespace stuurboord
