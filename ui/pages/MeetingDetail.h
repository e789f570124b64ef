#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace stuurboord {

class RecordTableView;
class WorkspaceContext;

// One meeting in one place: date, series, location, who attended (editable), agenda,
// minutes, and the decisions taken and action items raised there.
class MeetingDetail final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeetingDetail)

public:
    explicit MeetingDetail(WorkspaceContext& context, QWidget* parent = nullptr);
    void setMeeting(qint64 id);
    qint64 meetingId() const { return m_meetingId; }
    void proposeAgenda();

    QListWidget* attendees() const { return m_attendees; }
    RecordTableView* decisions() const { return m_decisions; }
    RecordTableView* actions() const { return m_actions; }
    QTabWidget* tabs() const { return m_tabs; }
    QPlainTextEdit* agendaText() const { return m_agenda; }

private:
    void reload();
    void attendeeToggled(QListWidgetItem* item);
    void editMeeting();

    WorkspaceContext& m_context;
    qint64 m_meetingId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_body = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_propose = nullptr;
    QTabWidget* m_tabs = nullptr;
    QListWidget* m_attendees = nullptr;
    QPlainTextEdit* m_agenda = nullptr;
    QPlainTextEdit* m_minutes = nullptr;
    RecordTableView* m_decisions = nullptr;
    RecordTableView* m_actions = nullptr;
};

} // namespace stuurboord
