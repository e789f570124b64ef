#include "DashboardGuide.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace stuurboord {

DashboardGuide::DashboardGuide(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    auto* intro = new QLabel(tr("<b>Start measuring what matters, in four steps.</b> Each step builds on "
                                "the one before; the dashboard fills itself as you go."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro, 0, 0, 1, 4);
    const struct
    {
        QString title;
        QString text;
        QString button;
    } steps[] = {
        {tr("1. Goals"), tr("Write down what the intranet is for: concrete or abstract goals."),
            tr("Add a goal…")},
        {tr("2. KPIs"),
            tr("Translate each goal into KPIs with a target, threshold rules and the follow-up "
               "action agreed in advance."),
            tr("Add a KPI…")},
        {tr("3. Measurement moments"),
            tr("Import the monthly usage export, or enter a survey score, at every measurement "
               "moment."),
            tr("Import usage data…")},
        {tr("4. Evaluation"),
            tr("Review the KPI set periodically: keep, change or retire KPIs, with the reason."),
            tr("Plan a KPI review…")},
    };
    for (int i = 0; i < 4; ++i) {
        auto* mark = new QLabel(this);
        auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(steps[i].title.toHtmlEscaped()), this);
        auto* text = new QLabel(steps[i].text, this);
        text->setWordWrap(true);
        text->setMinimumWidth(text->fontMetrics().averageCharWidth() * 24);
        auto* button = new QPushButton(steps[i].button, this);
        layout->addWidget(mark, 1, i, Qt::AlignLeft);
        layout->addWidget(title, 2, i);
        layout->addWidget(text, 3, i, Qt::AlignTop);
        layout->addWidget(button, 4, i, Qt::AlignLeft);
        layout->setColumnStretch(i, 1);
        m_marks << mark;
        m_buttons << button;
        connect(button, &QPushButton::clicked, this, [this, i] { emit stepRequested(static_cast<Step>(i)); });
    }
    layout->setRowStretch(5, 1);
}

void DashboardGuide::setSteps(const DashboardData::Steps& steps)
{
    const bool done[] = {steps.goals, steps.kpis, steps.measurements, steps.review};
    for (int i = 0; i < 4; ++i)
        m_marks.at(i)->setText(done[i] ? tr("✓ done") : tr("to do"));
}

} // namespace stuurboord
