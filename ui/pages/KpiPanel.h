#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace stuurboord {

class Period;

class KpiChart;
class RecordTableView;
class WorkspaceContext;

// The KPIs: the list to add and edit them (through the KPI editor), and for the chosen
// KPI its value, target and status per period, its chart, a review and manual entry.
class KpiPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiPanel)

public:
    explicit KpiPanel(WorkspaceContext& context, QWidget* parent = nullptr);
    RecordTableView* list() const { return m_list; }
    QTreeWidget* periods() const { return m_periods; }
    void showKpi(qint64 id);
    void review();
    void enterValue();
    // Adds an event (annotation) to this KPI in a period, e.g. by clicking its point.
    void addEvent(const Period& period);
    KpiChart* chart() const { return m_chart; }
    QComboBox* range() const { return m_range; }
    qint64 shownKpi() const { return m_shown; }

signals:
    // Compare the KPI shown with others on one time axis.
    void compareRequested(qint64 kpiId);

private:
    WorkspaceContext& m_context;
    RecordTableView* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_periods = nullptr;
    KpiChart* m_chart = nullptr;
    QComboBox* m_range = nullptr;
    QPushButton* m_enter = nullptr;
    qint64 m_shown = 0;
};

} // namespace stuurboord
