#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace stuurboord {

class MeetingDetail;
class RecordTableView;
class WorkspaceContext;

// The meetings of a series: its cadence and chair, the meetings held and planned, slots
// skipped, the next dates from the cadence, and one meeting in full beside the list.
class MeetingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingsPanel)

public:
    explicit MeetingsPanel(WorkspaceContext& context, QWidget* parent = nullptr);
    RecordTableView* meetings() const { return m_meetings; }
    MeetingDetail* detail() const { return m_detail; }
    QLabel* schedule() const { return m_schedule; }
    // Plans the next meeting of the chosen series on the date its cadence gives, with the
    // proposed agenda and the series' participants invited (one undo step).
    void planNextMeeting();
    qint64 seriesId() const;

private:
    void reloadSeries();
    void showSchedule();
    void selectDefaultMeeting();

    WorkspaceContext& m_context;
    QComboBox* m_series = nullptr;
    QLabel* m_schedule = nullptr;
    QPushButton* m_plan = nullptr;
    RecordTableView* m_meetings = nullptr;
    MeetingDetail* m_detail = nullptr;
};

} // namespace stuurboord
