#pragma once

#include "dashboard/DashboardData.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace stuurboord {

// What an empty workspace shows instead of empty boxes: the four steps of measuring what
// matters (goals, KPIs, measurement moments, evaluation), each with a button to take it and
// a tick once it is done.
class DashboardGuide final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardGuide)

public:
    enum class Step
    {
        Goals,
        Kpis,
        Measurements,
        Review
    };

    explicit DashboardGuide(QWidget* parent = nullptr);
    void setSteps(const DashboardData::Steps& steps);
    QPushButton* button(Step step) const { return m_buttons.value(static_cast<int>(step)); }

signals:
    void stepRequested(DashboardGuide::Step step);

private:
    QList<QLabel*> m_marks;
    QList<QPushButton*> m_buttons;
};

} // namespace stuurboord
