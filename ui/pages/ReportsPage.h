#pragma once

#include <QWidget>

class QComboBox;
class QTextBrowser;

namespace stuurboord {

class WorkspaceContext;

// Reports: a preview of the meeting pack for a chosen stakeholder meeting, which can be
// printed or saved as PDF.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    explicit ReportsPage(WorkspaceContext& context, QWidget* parent = nullptr);
    void reload();
    QString html() const;

private:
    void showMeeting();
    void print();
    void savePdf();

    WorkspaceContext& m_context;
    QComboBox* m_meeting = nullptr;
    QTextBrowser* m_preview = nullptr;
};

} // namespace stuurboord
