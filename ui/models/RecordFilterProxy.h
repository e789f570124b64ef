#pragma once

#include "model/Record.h"

#include <functional>
#include <QSortFilterProxyModel>

namespace stuurboord {

// Search, sort and an optional rule on whole records (a quadrant, a category) over a
// RecordTableModel.
class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterProxy)

public:
    using RowRule = std::function<bool(const Record&)>;

    explicit RecordFilterProxy(QObject* parent = nullptr);
    void setRowRule(RowRule rule);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    RowRule m_rule;
};

} // namespace stuurboord
