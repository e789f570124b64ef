#pragma once

#include "storage/queries/UsageQueries.h"

#include <QWidget>

class QStandardItemModel;
class QTableView;

namespace stuurboord {

class MetricChart;
class WorkspaceContext;

// Data: the imported usage figures as a month × metric table with a chart of the chosen
// metric, plus the import history, metric definitions, import profiles and benchmarks.
class DataPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataPage)

public:
    explicit DataPage(WorkspaceContext& context, QWidget* parent = nullptr);
    void reload();

private:
    void showMetric(int column);
    // Asks for a new name and renames the metric of a column (undoable).
    void renameMetric(int column);
    // Asks, then takes an import and its figures out of the workspace (undoable).
    void removeImport(qint64 batchId);

    WorkspaceContext& m_context;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    MetricChart* m_chart = nullptr;
    QList<UsageQueries::Series> m_series;
};

} // namespace stuurboord
