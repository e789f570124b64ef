#include "ComparisonChartBuilder.h"

#include "KpiChartBuilder.h"
#include "kpi/KpiFormat.h"
#include "widgets/ChartReset.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

namespace stuurboord {

namespace {
constexpr Qt::PenStyle dashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};

QValueAxis* valueAxis(const QString& role, KpiUnit unit, double low, double high, const ChartPalette& palette)
{
    auto* axis = new QValueAxis;
    axis->setObjectName(role);
    const double pad = high - low > 0 ? (high - low) * 0.1 : qMax(1.0, std::abs(high) * 0.1);
    axis->setRange(low >= 0 && low - pad < 0 ? 0 : low - pad, high + pad);
    axis->applyNiceNumbers();
    // The axis title names the unit; a "%%" in the format is shown as is once numbers are
    // localised, so percentages are plain numbers here.
    axis->setLabelFormat(unit == KpiUnit::Percentage ? QStringLiteral("%.0f") : KpiChartBuilder::labelFormat(unit));
    axis->setTitleText(enumLabel(unit));
    axis->setTitleBrush(palette.text);
    axis->setLabelsColor(palette.text);
    axis->setGridLineColor(palette.grid);
    axis->setLinePenColor(palette.grid);
    return axis;
}
} // namespace

void ComparisonChartBuilder::build(QChart* chart, const ComparisonData& data, const ChartPalette& palette)
{
    resetChart(chart, QString());
    chart->setBackgroundBrush(palette.background);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.text);
    chart->legend()->setLabelColor(palette.text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true);
    // Nothing chosen: the title says what to do, empty axes would say nothing.
    if (data.lines.isEmpty())
        return;

    struct Range
    {
        bool any = false;
        double low = 0;
        double high = 1;
        void include(double v)
        {
            low = any ? qMin(low, v) : v;
            high = any ? qMax(high, v) : v;
            any = true;
        }
    } left, right;
    std::optional<KpiUnit> leftUnit;
    std::optional<KpiUnit> rightUnit;
    QList<QAbstractSeries*> onLeft;
    QList<QAbstractSeries*> onRight;
    for (int index = 0; index < data.lines.size(); ++index) {
        const ComparisonData::Line& line = data.lines.at(index);
        Range& range = line.rightAxis ? right : left;
        (line.rightAxis ? rightUnit : leftUnit) = line.subject.unit;
        const QColor colour = palette.series.value(index % palette.series.size());
        QPen pen(colour, 2.5, dashes[index % 4]);
        const QString name = line.rightAxis
            ? QCoreApplication::translate("ComparisonChart", "%1 (right axis)").arg(line.subject.name)
            : line.subject.name;
        const QString role = QStringLiteral("compare_%1").arg(index);
        // One series per unbroken run, so a missing period is a gap; only the first is named.
        QLineSeries* run = nullptr;
        QScatterSeries* lone = nullptr;
        bool named = false;
        const int count = static_cast<int>(line.values.size());
        for (int i = 0; i < count; ++i) {
            const ComparisonData::Value& value = line.values.at(i);
            if (!value.value) {
                run = nullptr;
                continue;
            }
            range.include(*value.value);
            const double x = data.xOf(value.period);
            const bool alone = (i == 0 || !line.values.at(i - 1).value) && (i + 1 >= count || !line.values.at(i + 1).value);
            if (alone) {
                if (!lone) {
                    lone = new QScatterSeries;
                    lone->setObjectName(role + QStringLiteral("_dot"));
                    lone->setName(name);
                    lone->setColor(colour);
                    lone->setBorderColor(colour);
                    lone->setMarkerSize(8);
                    chart->addSeries(lone);
                    (line.rightAxis ? onRight : onLeft) << lone;
                }
                lone->append(x, *value.value);
                continue;
            }
            if (!run) {
                run = new QLineSeries;
                run->setObjectName(role);
                run->setName(name);
                run->setPen(pen);
                chart->addSeries(run);
                (line.rightAxis ? onRight : onLeft) << run;
                if (named)
                    for (QLegendMarker* marker : chart->legend()->markers(run))
                        marker->setVisible(false);
                named = true;
            }
            run->append(x, *value.value);
        }
        if (lone && named)
            for (QLegendMarker* marker : chart->legend()->markers(lone))
                marker->setVisible(false);
    }

    // Month labels the way people write them, few enough never to overlap.
    auto* time = new QCategoryAxis;
    time->setObjectName(QStringLiteral("periods"));
    time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    time->setRange(-0.5, qMax(0.5, data.months - 0.5));
    time->setLabelsColor(palette.text);
    time->setGridLineColor(palette.grid);
    time->setLinePenColor(palette.grid);
    const QDate first = QDate::fromString(data.firstMonth + QStringLiteral("-01"), Qt::ISODate);
    const int step = qMax(1, static_cast<int>(std::ceil(data.months / 8.0)));
    QList<int> labelled;
    for (int i = data.months - 1; i >= 0; i -= step)
        labelled.prepend(i);
    for (int i : std::as_const(labelled))
        time->append(KpiFormat::shortPeriod(Period::containing(first.addMonths(i), Period::Kind::Month)), i);
    if (labelled.isEmpty())
        time->append(QStringLiteral(" "), 0);
    chart->addAxis(time, Qt::AlignBottom);
    QValueAxis* leftAxis = valueAxis(QStringLiteral("left_axis"), leftUnit.value_or(KpiUnit::Count), left.low, left.high, palette);
    chart->addAxis(leftAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : std::as_const(onLeft)) {
        series->attachAxis(time);
        series->attachAxis(leftAxis);
    }
    if (rightUnit) {
        QValueAxis* rightAxis = valueAxis(QStringLiteral("right_axis"), *rightUnit, right.low, right.high, palette);
        rightAxis->setGridLineVisible(false); // one grid, the left axis's, keeps it calm
        chart->addAxis(rightAxis, Qt::AlignRight);
        for (QAbstractSeries* series : std::as_const(onRight)) {
            series->attachAxis(time);
            series->attachAxis(rightAxis);
        }
    }
}

} // namespace stuurboord
