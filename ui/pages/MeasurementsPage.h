#pragma once

#include <QWidget>

class QTreeWidget;

namespace stuurboord {

class WorkspaceContext;

// Measurements: the calendar of measurement moments (next ones and overdue ones with what
// is missing), manual entry of values, the headcount series and the events behind figures.
class MeasurementsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasurementsPage)

public:
    explicit MeasurementsPage(WorkspaceContext& context, QWidget* parent = nullptr);
    void reload();
    QTreeWidget* overdue() const { return m_overdue; }
    QTreeWidget* upcoming() const { return m_upcoming; }

private:
    void enterValue();

    WorkspaceContext& m_context;
    QTreeWidget* m_upcoming = nullptr;
    QTreeWidget* m_overdue = nullptr;
};

} // namespace stuurboord
