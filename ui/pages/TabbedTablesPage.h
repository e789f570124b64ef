#pragma once

#include <QList>
#include <QWidget>

class QTabWidget;

namespace stuurboord {

class TableSpec;
class WorkspaceContext;
class RecordTableView;

// A page of related domain tables on tabs (e.g. goals, KPIs, targets and threshold
// rules), each one browsable and editable.
class TabbedTablesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TabbedTablesPage)

public:
    struct Tab
    {
        const TableSpec* spec;
        QString emptyText;
        QString sortColumn = {};
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    TabbedTablesPage(WorkspaceContext& context, const QString& title, const QString& intro,
                     const QList<Tab>& tabs, QWidget* parent = nullptr);
    QTabWidget* tabs() const { return m_tabs; }
    RecordTableView* view(int index) const { return m_views.value(index); }

private:
    QTabWidget* m_tabs = nullptr;
    QList<RecordTableView*> m_views;
};

} // namespace stuurboord
