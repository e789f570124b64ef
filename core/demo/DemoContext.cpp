#include "DemoContext.h"

namespace stuurboord {

DemoContext::DemoContext(Workspace& workspace, QDate lastMonth)
    : m_workspace(workspace)
    , m_lastMonth(lastMonth.year(), lastMonth.month(), 1)
{
}

QDate DemoContext::goLive() const
{
    // The last Tuesday of the go-live month: late enough that the first monthly export is
    // the first full month, a weekday as real go-lives are.
    QDate date = monthEnd(month(-1));
    while (date.dayOfWeek() != Qt::Tuesday)
        date = date.addDays(-1);
    return date;
}

int DemoContext::headcount(int i) const
{
    // Slow, steady growth from 1,080 at go-live to 1,125 in the last month, in whole steps
    // so the series looks like real HR figures rather than a straight line.
    const int step = i + 1; // 0 .. usageMonths
    const int growth = (45 * step + usageMonths / 2) / usageMonths;
    const int wobble = (step % 5 == 3) ? -2 : 0;
    return 1080 + growth + (step > 0 && step < usageMonths ? wobble : 0);
}

QString DemoContext::quarterKey(QDate date)
{
    return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() + 2) / 3);
}

QDate DemoContext::nthWeekday(QDate date, int weekday, int n)
{
    QDate day(date.year(), date.month(), 1);
    while (day.dayOfWeek() != weekday)
        day = day.addDays(1);
    return day.addDays(7 * (n - 1));
}

qint64 DemoContext::id(const QString& key) const
{
    if (key.isEmpty())
        return 0;
    Q_ASSERT_X(m_ids.contains(key), "DemoContext::id", qPrintable(key));
    return m_ids.value(key);
}

Outcome DemoContext::failure(const QString& entity, const QString& label, const Outcome& cause)
{
    return Outcome::failure(QCoreApplication::translate(
        "DemoWorkspace", "The demo workspace could not be written: %1 “%2”: %3")
                                .arg(entity, label, cause.message()));
}

} // namespace stuurboord
