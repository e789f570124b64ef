#pragma once

#include <QWidget>

namespace stuurboord {

class WorkspaceContext;

// The benchmark ledger, with the exchange of anonymised benchmark files with peers.
class BenchmarksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchmarksPanel)

public:
    explicit BenchmarksPanel(WorkspaceContext& context, QWidget* parent = nullptr);
    void exportFile(const QString& path);
    void importFile(const QString& path);

private:
    WorkspaceContext& m_context;
};

} // namespace stuurboord
