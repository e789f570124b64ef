#include "RecordTableModel.h"

#include "Clock.h"
#include "ValueFormatter.h"
#include "governance/RowAttention.h"
#include "WorkspaceContext.h"
#include "model/TableSpec.h"
#include "storage/RecordStore.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace stuurboord {

RecordTableModel::RecordTableModel(WorkspaceContext& context, const TableSpec& spec, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context)
    , m_spec(spec)
    , m_attention(RowAttention::applies(spec))
{
    for (int i = 0; i < spec.fields().size(); ++i) {
        if (spec.fields().at(i).isListed())
            m_columns << i;
    }
    connect(&context, &WorkspaceContext::tableChanged, this, &RecordTableModel::onTableChanged);
    reload();
}

void RecordTableModel::setFilter(const QString& column, const QVariant& value)
{
    m_filterColumn = column;
    m_filterValue = value;
    reload();
}

void RecordTableModel::reload()
{
    beginResetModel();
    const RecordStore& store = m_context.records();
    m_records = store.list(m_spec, m_filterColumn, m_filterValue);
    m_shown.clear();
    m_shown.reserve(m_records.size());
    m_attentionText.clear();
    const QDate today = Clock::today();
    for (const Record& record : std::as_const(m_records)) {
        if (m_attention)
            m_attentionText << RowAttention::of(m_spec, record, today);
        QStringList row;
        for (int column : std::as_const(m_columns)) {
            row << (m_spec.fieldApplies(column, record)
                        ? ValueFormatter::display(m_spec.fields().at(column), record.values.value(column), store)
                        : QString());
        }
        m_shown << row;
    }
    endResetModel();
}

void RecordTableModel::setHeaderTitle(const QString& column, const QString& title)
{
    for (int shown = 0; shown < m_columns.size(); ++shown) {
        if (m_spec.fields().at(m_columns.at(shown)).column() == column) {
            m_titles.insert(shown, title);
            const int section = shown + (m_attention ? 1 : 0);
            emit headerDataChanged(Qt::Horizontal, section, section);
        }
    }
}

void RecordTableModel::onTableChanged(const QString& table)
{
    if (table == m_spec.table()) {
        reload();
        return;
    }
    for (const FieldSpec& field : m_spec.fields()) {
        if (field.kind() == FieldKind::Reference && field.referencedTable() == table) {
            reload();
            return;
        }
    }
}

const Record* RecordTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int RecordTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size()) + (m_attention ? 1 : 0);
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    if (m_attention && index.column() == 0)
        return attentionData(index.row(), role);
    const int column = index.column() - (m_attention ? 1 : 0);
    const FieldSpec& field = m_spec.fields().at(m_columns.at(column));
    const QString& shown = m_shown.at(index.row()).at(column);
    switch (role) {
    case Qt::DisplayRole:
        return shown;
    case Qt::ToolTipRole:
        if (field.kind() == FieldKind::LongText)
            return m_records.at(index.row()).values.value(m_columns.at(column)).toString();
        return {};
    case Qt::TextAlignmentRole:
        if (field.kind() == FieldKind::Money || field.kind() == FieldKind::Integer || field.kind() == FieldKind::Real)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return ValueFormatter::sortKey(field, m_records.at(index.row()).values.value(m_columns.at(column)), shown);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= columnCount())
        return {};
    if (m_attention && section == 0)
        return RowAttention::columnTitle();
    const int shown = section - (m_attention ? 1 : 0);
    return m_titles.value(shown, m_spec.fields().at(m_columns.at(shown)).label());
}

QVariant RecordTableModel::attentionData(int row, int role) const
{
    const QString& text = m_attentionText.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case SortRole:
        return text;
    case Qt::DecorationRole:
        // An icon next to the word: never colour alone.
        return text.isEmpty() ? QVariant() : QVariant(QIcon::fromTheme(QStringLiteral("dialog-warning"),
                   QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)));
    case Qt::FontRole:
        if (!text.isEmpty()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace stuurboord
