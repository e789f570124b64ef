#include "RecordTableView.h"

#include "commands/AddRecordCommand.h"
#include "commands/DeleteRecordCommand.h"
#include "dialogs/ConflictDialog.h"
#include "Confirmation.h"
#include "dialogs/RecordEditDialog.h"
#include "model/TableSpec.h"
#include "models/RecordFilterProxy.h"
#include "models/RecordTableModel.h"
#include "storage/RecordStore.h"
#include "ViewCsvExport.h"
#include "WorkspaceContext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stuurboord {

RecordTableView::RecordTableView(
    WorkspaceContext& context, const TableSpec& spec, const QString& emptyText, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_spec(spec)
{
    m_model = new RecordTableModel(context, spec, this);
    m_proxy = new RecordFilterProxy(m_model, this);
    m_proxy->setSortRole(RecordTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search %1…").arg(spec.plural()));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(spec.plural()));
    auto* add = m_add = new QPushButton(tr("Add…"), this);
    auto* edit = new QPushButton(tr("Edit…"), this);
    auto* remove = m_delete = new QPushButton(tr("Delete"), this);
    add->setToolTip(tr("Add a %1").arg(spec.singular()));
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(remove);

    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setAccessibleName(spec.plural());
    m_table->sortByColumn(-1, Qt::AscendingOrder);

    m_empty = new QLabel(emptyText, this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(
        m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(add, &QPushButton::clicked, this, &RecordTableView::addRecord);
    connect(edit, &QPushButton::clicked, this, &RecordTableView::editCurrent);
    connect(remove, &QPushButton::clicked, this, &RecordTableView::deleteCurrent);
    connect(m_table, &QTableView::doubleClicked, this, &RecordTableView::editCurrent);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this, edit](const QPoint& at) {
        QMenu menu(this);
        if (edit->isVisible())
            menu.addAction(tr("Edit…"), this, &RecordTableView::editCurrent);
        if (m_delete->isVisible())
            menu.addAction(m_delete->text(), this, &RecordTableView::deleteCurrent);
        menu.addSeparator();
        menu.addAction(tr("Export as CSV…"), this, &RecordTableView::exportCsv);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordTableView::updateEmptyState);
    // A page that shortens a column title gets the columns sized to the short title.
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &RecordTableView::updateEmptyState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { emit currentChanged(currentId()); });
    updateEmptyState();
}

void RecordTableView::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_table);
    if (m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 360));
    }
}

void RecordTableView::setFilter(const QString& column, const QVariant& value)
{
    m_filterColumn = column;
    m_filterValue = value;
    m_model->setFilter(column, value);
}

int RecordTableView::viewColumn(const QString& column) const
{
    int visible = m_model->hasAttentionColumn() ? 1 : 0;
    for (const FieldSpec& field : m_spec.fields()) {
        if (!field.isListed())
            continue;
        if (field.column() == column)
            return visible;
        ++visible;
    }
    return -1;
}

void RecordTableView::sortBy(const QString& column, Qt::SortOrder order)
{
    if (const int index = viewColumn(column); index >= 0)
        m_table->sortByColumn(index, order);
}

void RecordTableView::hideColumn(const QString& column)
{
    if (const int index = viewColumn(column); index >= 0)
        m_table->setColumnHidden(index, true);
}

void RecordTableView::setRowFilter(std::function<bool(const Record&)> filter)
{
    m_proxy->setRowFilter(std::move(filter));
}

void RecordTableView::setShownColumns(const QStringList& columns)
{
    int visible = m_model->hasAttentionColumn() ? 1 : 0;
    for (const FieldSpec& field : m_spec.fields()) {
        if (!field.isListed())
            continue;
        m_table->setColumnHidden(visible++, !columns.contains(field.column()));
    }
}

void RecordTableView::exportCsv()
{
    ViewCsvExport::saveAs(*m_table, m_spec.plural(), this);
}

qint64 RecordTableView::currentId() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    const Record* record = index.isValid() ? m_model->recordAt(index.row()) : nullptr;
    return record ? record->id : 0;
}

bool RecordTableView::selectId(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false; // filtered out by the search
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    m_table->setFocus();
    return true;
}

void RecordTableView::addRecord()
{
    if (m_editHandler) {
        m_editHandler(0);
        return;
    }
    Record record;
    for (int i = 0; i < m_spec.fields().size(); ++i)
        record.values << (m_spec.fields().at(i).column() == m_filterColumn ? m_filterValue
                                                                           : QVariant());
    RecordEditDialog dialog(m_spec, m_context.records(), record, this);
    if (dialog.exec() == QDialog::Accepted)
        m_context.undoStack().push(new AddRecordCommand(m_context, m_spec, dialog.record()));
}

void RecordTableView::editCurrent()
{
    const qint64 id = currentId();
    if (m_editHandler && id != 0) {
        m_editHandler(id);
        return;
    }
    const std::optional<Record> before = m_context.records().get(m_spec, id);
    if (!before)
        return;
    RecordEditDialog dialog(m_spec, m_context.records(), *before, this);
    if (dialog.exec() == QDialog::Accepted && dialog.record().values != before->values)
        ConflictDialog::saveEdit(m_context, m_spec, *before, dialog.record(), this);
}

void RecordTableView::setDeleteHandler(EditHandler handler, const QString& buttonText)
{
    m_deleteHandler = std::move(handler);
    m_delete->setText(buttonText);
}

void RecordTableView::setAddVisible(bool visible)
{
    m_add->setVisible(visible);
}

void RecordTableView::deleteCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    if (m_deleteHandler) {
        m_deleteHandler(id);
        return;
    }
    if (const Outcome removable = m_context.records().checkRemovable(m_spec, id); !removable) {
        QMessageBox::information(this, tr("Cannot delete"), removable.message());
        return;
    }
    const QString name = m_context.records().displayName(m_spec.table(), id);
    // Say what else changes before it happens (the sponsor's meeting series loses its chair).
    const QStringList effects = m_context.records().deletionEffects(m_spec, id);
    if (!effects.isEmpty()
        && !Confirmation::ask(this, tr("Delete %1").arg(m_spec.singular()),
            tr("Delete %1 “%2”?").arg(m_spec.singular(), name) + QStringLiteral("\n\n")
                + effects.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                + tr("You can undo this with Edit › Undo."),
            tr("Delete")))
        return;
    m_context.undoStack().push(new DeleteRecordCommand(m_context, m_spec, id, name));
}

} // namespace stuurboord
