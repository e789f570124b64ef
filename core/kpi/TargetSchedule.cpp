#include "TargetSchedule.h"

#include <algorithm>

namespace stuurboord {

namespace {
int monthIndex(const QDate& date)
{
    return date.year() * 12 + date.month();
}
} // namespace

TargetSchedule::TargetSchedule(QList<KpiTarget> targets)
    : m_targets(std::move(targets))
{
    std::sort(m_targets.begin(), m_targets.end(), [](const KpiTarget& a, const KpiTarget& b) {
        return Period::parse(a.period) < Period::parse(b.period);
    });
    for (const KpiTarget& target : std::as_const(m_targets))
        m_periods << Period::parse(target.period);
}

std::optional<TargetSchedule::Target> TargetSchedule::at(const Period& period) const
{
    // A linear target that is still being worked towards: interpolate from its predecessor.
    for (int i = 1; i < m_targets.size(); ++i) {
        const KpiTarget& goal = m_targets.at(i);
        const Period& goalPeriod = m_periods.at(i);
        const Period& startPeriod = m_periods.at(i - 1);
        if (goal.path != TargetPath::Linear || period.lastDay() > goalPeriod.lastDay()
            || period.lastDay() <= startPeriod.lastDay())
            continue;
        const double start = m_targets.at(i - 1).value;
        const int span = monthIndex(goalPeriod.lastDay()) - monthIndex(startPeriod.lastDay());
        const int done = monthIndex(period.lastDay()) - monthIndex(startPeriod.lastDay());
        const double value = start + (goal.value - start) * double(done) / double(span);
        return Target{goal.kind, value, goal.upperValue};
    }
    std::optional<Target> current;
    for (int i = 0; i < m_targets.size(); ++i) {
        const KpiTarget& target = m_targets.at(i);
        if (m_periods.at(i).firstDay() <= period.firstDay())
            current = Target{target.kind, target.value, target.upperValue};
    }
    return current;
}

bool TargetSchedule::isMet(const Target& target, double value)
{
    switch (target.kind) {
    case TargetKind::AtLeast:
    case TargetKind::IncreaseTo:
        return value >= target.value;
    case TargetKind::AtMost:
    case TargetKind::DecreaseTo:
        return value <= target.value;
    case TargetKind::Band:
        return value >= target.value && value <= target.upper.value_or(target.value);
    }
    return false;
}

} // namespace stuurboord
