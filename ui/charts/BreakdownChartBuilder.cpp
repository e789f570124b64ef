#include "BreakdownChartBuilder.h"

#include "KpiChartBuilder.h"
#include "kpi/KpiFormat.h"
#include "widgets/ChartReset.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace stuurboord {

QString BreakdownChartBuilder::label(const MetricBreakdown::Share& share)
{
    if (!share.isOther())
        return share.dimension.size() > 40 ? share.dimension.left(39) + u'…' : share.dimension;
    return QCoreApplication::translate("BreakdownChart", "Other (%n)", nullptr, share.members);
}

void BreakdownChartBuilder::build(QChart* chart, const MetricBreakdown& breakdown, const ChartPalette& palette)
{
    resetChart(chart, breakdown.metricName);
    chart->setBackgroundBrush(palette.background);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.text);
    chart->legend()->hide();
    chart->setLocalizeNumbers(true);
    if (breakdown.shares.isEmpty())
        return;
    // Horizontal bars are drawn from the bottom up: add the smallest first. "Other" is the
    // one selected bar, so it gets its own colour within the same set.
    auto* bars = new QBarSet(breakdown.metricName);
    QStringList categories;
    double high = 0;
    for (auto it = breakdown.shares.crbegin(); it != breakdown.shares.crend(); ++it) {
        categories << label(*it);
        *bars << it->value;
        high = qMax(high, it->value);
    }
    bars->setColor(palette.value);
    bars->setBorderColor(palette.value);
    bars->setSelectedColor(palette.marker);
    bars->setLabelColor(palette.text);
    if (breakdown.shares.constLast().isOther())
        bars->selectBar(0);
    auto* series = new QHorizontalBarSeries;
    series->setObjectName(QStringLiteral("breakdown"));
    series->append(bars);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->setObjectName(QStringLiteral("dimensions"));
    names->append(categories);
    names->setLabelsColor(palette.text);
    names->setGridLineVisible(false);
    names->setLinePenColor(palette.grid);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* values = new QValueAxis;
    values->setObjectName(QStringLiteral("values"));
    // Room at the end of the longest bar for its value.
    values->setRange(0, high > 0 ? high * 1.25 : 1);
    values->setTickCount(5);
    values->applyNiceNumbers();
    values->setLabelFormat(KpiChartBuilder::labelFormat(breakdown.unit));
    values->setLabelsColor(palette.text);
    values->setGridLineColor(palette.grid);
    values->setLinePenColor(palette.grid);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

} // namespace stuurboord
