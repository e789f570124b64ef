#include "MetricChart.h"

#include "ChartReset.h"

#include <QChart>
#include <QDate>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace stuurboord {

MetricChart::MetricChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    // Use the chart the view made: setChart() would release it without deleting it.
    QChart* chart = this->chart();
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setTheme(palette().window().color().lightness() < 128 ? QChart::ChartThemeDark
                                                                 : QChart::ChartThemeLight);
}

void MetricChart::show(const QString& title, const QMap<QString, double>& byMonth)
{
    QChart* chart = resetChart(this->chart(), title);
    setAccessibleName(title);
    // Without figures the title says why; empty axes would only show 1970.
    if (byMonth.isEmpty()) {
        setAccessibleDescription(title);
        return;
    }
    const QLocale locale;
    const auto monthName = [&locale](const QString& month) {
        return locale.toString(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate), QStringLiteral("MMMM yyyy"));
    };
    // The picture in one sentence for screen readers.
    setAccessibleDescription(tr("%1: %n month(s) from %2 to %3; in the last month %4.", nullptr,
        static_cast<int>(byMonth.size()))
                                 .arg(title, monthName(byMonth.firstKey()), monthName(byMonth.lastKey()),
                                     locale.toString(byMonth.last(), 'f', 0)));
    auto* series = new QLineSeries;
    double maximum = 0;
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        const QDate month = QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate);
        series->append(static_cast<qreal>(month.startOfDay().toMSecsSinceEpoch()), it.value());
        maximum = qMax(maximum, it.value());
    }
    series->setPointsVisible(true);
    chart->addSeries(series);
    auto* time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MMM yy"));
    time->setTickCount(qBound(2, static_cast<int>(byMonth.size()) / 3 + 1, 9));
    chart->addAxis(time, Qt::AlignBottom);
    series->attachAxis(time);
    auto* values = new QValueAxis;
    values->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
}

} // namespace stuurboord
