#pragma once

#include "governance/AgendaPoint.h"

#include <QDate>
#include <QDialog>

class QPlainTextEdit;

namespace stuurboord {

// Shows the agenda proposed for a meeting, each point with why it is there, for the
// coordinator to edit before it becomes the meeting's agenda.
class AgendaDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaDialog)

public:
    AgendaDialog(const QList<AgendaPoint>& points, const QDate& date, const QString& currentAgenda,
        QWidget* parent = nullptr);
    QString agenda() const;
    QPlainTextEdit* editor() const { return m_editor; }

private:
    QPlainTextEdit* m_editor = nullptr;
};

} // namespace stuurboord
