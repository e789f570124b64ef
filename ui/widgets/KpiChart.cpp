#include "KpiChart.h"

#include "ChartReset.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

namespace stuurboord {

namespace {
qreal timeOf(const Period& period)
{
    // Plot a period at its middle, so months, quarters and years line up on one axis.
    const QDate middle = period.firstDay().addDays(period.firstDay().daysTo(period.lastDay()) / 2);
    return static_cast<qreal>(middle.startOfDay().toMSecsSinceEpoch());
}
} // namespace

KpiChart::KpiChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    // Use the chart the view made: setChart() would release it without deleting it.
    QChart* chart = this->chart();
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void KpiChart::show(const QString& title, const QList<KpiPoint>& points)
{
    QChart* chart = resetChart(this->chart(), title);
    auto* values = new QLineSeries;
    values->setName(tr("Value"));
    values->setPointsVisible(true);
    auto* targets = new QLineSeries;
    targets->setName(tr("Target"));
    QPen dashed(Qt::darkGreen);
    dashed.setStyle(Qt::DashLine);
    dashed.setWidth(2);
    targets->setPen(dashed);
    double low = 0;
    double high = 1;
    QList<qreal> changes;
    for (int i = 0; i < points.size(); ++i) {
        const KpiPoint& point = points.at(i);
        if (point.value) {
            values->append(timeOf(point.period), *point.value);
            high = qMax(high, *point.value);
            low = qMin(low, *point.value);
        }
        if (point.target) {
            targets->append(timeOf(point.period), point.target->value);
            high = qMax(high, point.target->upper.value_or(point.target->value));
        }
        if (i > 0 && point.version != points.at(i - 1).version)
            changes << (timeOf(points.at(i - 1).period) + timeOf(point.period)) / 2;
    }
    chart->addSeries(values);
    if (targets->count() > 0)
        chart->addSeries(targets);
    else
        delete targets;
    for (qreal when : std::as_const(changes)) {
        auto* mark = new QLineSeries;
        mark->setName(tr("Definition changed"));
        QPen pen(Qt::gray);
        pen.setStyle(Qt::DotLine);
        mark->setPen(pen);
        mark->append(when, low);
        mark->append(when, high * 1.1);
        chart->addSeries(mark);
    }
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yy"));
    time->setTickCount(qBound(2, static_cast<int>(points.size()) / 3 + 1, 9));
    chart->addAxis(time, Qt::AlignBottom);
    auto* axis = new QValueAxis;
    axis->setRange(low, high * 1.1);
    axis->applyNiceNumbers();
    chart->addAxis(axis, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(time);
        series->attachAxis(axis);
    }
}

} // namespace stuurboord
