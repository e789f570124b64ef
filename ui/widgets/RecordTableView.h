#pragma once

#include <functional>
#include <QVariant>
#include "model/Record.h"
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace stuurboord {

class RecordFilterProxy;
class RecordTableModel;
struct Record;
class TableSpec;
class WorkspaceContext;

// A domain table to browse and edit: search, sort, add, edit and delete (all undoable),
// and a sentence instead of an empty grid when there is nothing yet.
class RecordTableView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableView)

public:
    RecordTableView(WorkspaceContext& context, const TableSpec& spec, const QString& emptyText,
        QWidget* parent = nullptr);

    // Show only rows where column = value; new rows get that value too.
    void setFilter(const QString& column, const QVariant& value);
    void sortBy(const QString& column, Qt::SortOrder order);
    // Hides a listed field's column (the list stays narrow where a detail view shows it).
    void hideColumn(const QString& column);
    // Only rows the rule accepts (a page's own filters), on top of the search box.
    void setRowFilter(std::function<bool(const Record&)> filter);
    // Shows only these columns, in the spec's order; the others stay in the export.
    void setShownColumns(const QStringList& columns);
    // Writes the rows as shown (filtered and sorted) to a CSV file.
    void exportCsv();
    QTableView* table() const { return m_table; }
    RecordTableModel* model() const { return m_model; }
    qint64 currentId() const;
    const TableSpec& spec() const { return m_spec; }
    // Selects the row of a record, e.g. when the dashboard sends the user to it.
    bool selectId(qint64 id);

    // Replaces the generic form for adding (id 0) and editing rows, e.g. by the KPI
    // editor, which checks formulas and versions definition changes.
    using EditHandler = std::function<void(qint64 id)>;
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    // Replaces the generic delete, e.g. for imports, which take their figures with them.
    void setDeleteHandler(EditHandler handler, const QString& buttonText);
    // Hides "Add…" where rows only come from elsewhere (imports).
    void setAddVisible(bool visible);
    void addRecord();
    void editCurrent();
    void deleteCurrent();

signals:
    void currentChanged(qint64 id);

private:
    void updateEmptyState();
    int viewColumn(const QString& column) const;

    WorkspaceContext& m_context;
    const TableSpec& m_spec;
    RecordTableModel* m_model = nullptr;
    RecordFilterProxy* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLineEdit* m_search = nullptr;
    QString m_filterColumn;
    QVariant m_filterValue;
    EditHandler m_editHandler;
    EditHandler m_deleteHandler;
    QPushButton* m_add = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace stuurboord
