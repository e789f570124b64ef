#include "RecordFilterProxy.h"

#include "RecordTableModel.h"

namespace stuurboord {

RecordFilterProxy::RecordFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void RecordFilterProxy::setRowRule(RowRule rule)
{
    m_rule = std::move(rule);
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_rule) {
        const auto* model = qobject_cast<const RecordTableModel*>(sourceModel());
        const Record* record = model ? model->recordAt(sourceRow) : nullptr;
        if (record && !m_rule(*record))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace stuurboord
