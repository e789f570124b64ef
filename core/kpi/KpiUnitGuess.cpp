#include "KpiUnitGuess.h"

#include "Formula.h"

#include <QRegularExpression>

namespace stuurboord {

KpiUnit KpiUnitGuess::fromMetric(MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Percentage:
        return KpiUnit::Percentage;
    case MetricUnit::Seconds:
        return KpiUnit::Seconds;
    case MetricUnit::Euro:
        return KpiUnit::Euro;
    case MetricUnit::Score:
        return KpiUnit::Score;
    case MetricUnit::Count:
    case MetricUnit::Bytes:
        break;
    }
    return KpiUnit::Count;
}

std::optional<KpiUnit> KpiUnitGuess::fromFormula(
    const QString& formula, const QMap<QString, MetricUnit>& metricUnits)
{
    const QString text = formula.simplified();
    if (text.isEmpty())
        return std::nullopt;
    const bool divides = text.contains(u'/');
    static const QRegularExpression hundred(QStringLiteral(R"((\*\s*100(\.0*)?\b)|(\b100(\.0*)?\s*\*))"));
    if (divides && hundred.match(text).hasMatch())
        return KpiUnit::Percentage;
    if (divides)
        return KpiUnit::Ratio;
    // No division: a sum or a single metric keeps the unit its metrics share.
    std::optional<KpiUnit> shared;
    for (const QString& name : Formula::variables(text)) {
        if (name == Formula::headcountVariable())
            return KpiUnit::Count;
        const KpiUnit unit = fromMetric(metricUnits.value(name, MetricUnit::Count));
        if (shared && *shared != unit)
            return KpiUnit::Count;
        shared = unit;
    }
    return shared.value_or(KpiUnit::Count);
}

} // namespace stuurboord
