#include "RecordFilterProxy.h"

#include "RecordTableModel.h"

namespace stuurboord {

RecordFilterProxy::RecordFilterProxy(RecordTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_records(source)
{
    setSourceModel(source);
}

void RecordFilterProxy::setRowFilter(RowFilter filter)
{
    m_filter = std::move(filter);
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filter) {
        const Record* record = m_records->recordAt(sourceRow);
        if (record && !m_filter(*record))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace stuurboord
