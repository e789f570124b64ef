#pragma once

#include "model/Outcome.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace stuurboord {

class RecordTableView;
struct Record;
class WorkspaceContext;

// The wishes inbox: every wish with its status, and what the coordinator does with one:
// move it to the backlog (a linked backlog item, one undo step), mark it considered, or
// decline it with a reason.
class WishesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WishesPanel)

public:
    explicit WishesPanel(WorkspaceContext& context, QWidget* parent = nullptr);
    RecordTableView* list() const { return m_list; }
    QComboBox* statusFilter() const { return m_status; }

    // The actions on the selected wish; the backlog item's form (moveToBacklog) or the
    // reason (decline) are asked for first.
    void moveToBacklog();
    void markConsidered();
    void decline();
    // Without asking or showing anything: the undoable operations themselves.
    Outcome moveToBacklog(qint64 wishId, const Record& item);
    Outcome decline(qint64 wishId, const QString& reason);

private:
    void updateButtons();
    void applyFilter();

    WorkspaceContext& m_context;
    RecordTableView* m_list = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_consider = nullptr;
    QPushButton* m_decline = nullptr;
};

} // namespace stuurboord
