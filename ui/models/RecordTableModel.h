#pragma once

#include "model/Record.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace stuurboord {

class TableSpec;
class WorkspaceContext;

// Any domain table as a sortable, read-only table model: one column per listed field,
// values formatted for reading, and reloaded whenever the table (or one it names) changes.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    RecordTableModel(WorkspaceContext& context, const TableSpec& spec, QObject* parent = nullptr);

    const TableSpec& spec() const { return m_spec; }
    // Only rows where column = value (e.g. the expenses of one budget line); empty for all.
    void setFilter(const QString& column, const QVariant& value);
    void reload();
    // A shorter column title where the page has little room ("Value" for "Value (1-5)").
    void setHeaderTitle(const QString& column, const QString& title);
    const Record* recordAt(int row) const;
    // Whether the first column says why a row needs attention (see RowAttention).
    bool hasAttentionColumn() const { return m_attention; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onTableChanged(const QString& table);
    QVariant attentionData(int row, int role) const;

    WorkspaceContext& m_context;
    const TableSpec& m_spec;
    QList<int> m_columns; // indexes of listed fields in the spec
    QString m_filterColumn;
    QVariant m_filterValue;
    QList<Record> m_records;
    QList<QStringList> m_shown;
    // Overdue action items and lapsed contacts get a first column saying so.
    bool m_attention = false;
    QStringList m_attentionText;
    QHash<int, QString> m_titles; // by shown column
};

} // namespace stuurboord
