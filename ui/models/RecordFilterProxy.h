#pragma once

#include <functional>
#include <QSortFilterProxyModel>

namespace stuurboord {

class RecordTableModel;
struct Record;

// The search box's filter plus an optional rule on the whole row (status, priority, goal),
// so a page can offer its own filters on a generic table.
class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterProxy)

public:
    using RowFilter = std::function<bool(const Record&)>;

    explicit RecordFilterProxy(RecordTableModel* source, QObject* parent = nullptr);
    void setRowFilter(RowFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    RecordTableModel* m_records;
    RowFilter m_filter;
};

} // namespace stuurboord
