#include "BudgetChart.h"

#include "ChartReset.h"
#include "domain/BudgetLine.h"
#include "models/ValueFormatter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

namespace stuurboord {

BudgetChart::BudgetChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    setAccessibleName(tr("Budget chart"));
    QChart* chart = this->chart();
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTheme(palette().window().color().lightness() < 128 ? QChart::ChartThemeDark
                                                                 : QChart::ChartThemeLight);
}

void BudgetChart::show(int year, const QList<BudgetQueries::Line>& lines)
{
    QChart* chart = resetChart(this->chart(), tr("Budget %1 per line").arg(year));
    if (lines.isEmpty())
        return;
    auto* planned = new QBarSet(tr("Planned"));
    auto* committed = new QBarSet(tr("Committed"));
    auto* spent = new QBarSet(tr("Spent"));
    QStringList categories;
    double maximum = 0;
    // The first line at the top, as in the table beside it.
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        *planned << double(line->plannedCents) / 100000.0;
        *committed << double(line->committedCents) / 100000.0;
        *spent << double(line->spentCents) / 100000.0;
        maximum = std::max({maximum, double(line->plannedCents), double(line->committedCents + line->spentCents)});
        // A category axis needs distinct names; two lines of one category get a number.
        QString name = ValueFormatter::capitalised(enumSpec<BudgetCategory>().labelForKey(line->category));
        for (int n = 2; categories.contains(name); ++n)
            name = ValueFormatter::capitalised(enumSpec<BudgetCategory>().labelForKey(line->category))
                + QStringLiteral(" (%1)").arg(n);
        categories << name;
    }
    auto* series = new QHorizontalBarSeries;
    series->append({planned, committed, spent});
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* amounts = new QValueAxis;
    amounts->setRange(0, maximum > 0 ? maximum / 100000.0 * 1.05 : 1);
    amounts->setLabelFormat(QStringLiteral("%.0f"));
    amounts->applyNiceNumbers();
    amounts->setTitleText(tr("Thousands of euros"));
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(amounts);
}

} // namespace stuurboord
