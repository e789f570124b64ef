#pragma once

#include <QChartView>
#include <QMap>

namespace stuurboord {

// A line chart of one metric per month, with the months on a date axis.
class MetricChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricChart)

public:
    explicit MetricChart(QWidget* parent = nullptr);
    void show(const QString& title, const QMap<QString, double>& byMonth);
};

} // namespace stuurboord
