#include "BusinessCase.h"

#include "BudgetTotals.h"
#include "domain/BenefitAssumption.h"
#include "model/Money.h"
#include "storage/queries/UsageQueries.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace stuurboord {

namespace {
QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

// Organisation totals per month of the first metric that has any, preferring the year
// itself and falling back to the latest twelve months before its end (a draft year has
// no usage yet).
struct Users
{
    QString metric;
    QList<double> values;
    bool fromYear = true;
};

Users usersInYear(const UsageQueries& usage, int year)
{
    const QString yearPrefix = QString::number(year) + QLatin1Char('-');
    const QString yearEnd = QStringLiteral("%1-12").arg(year);
    for (const char* key : {"active_users", "unique_logged_in_users"}) {
        QList<double> inYear;
        QList<double> before;
        for (const UsageQueries::MonthValue& value : usage.monthValues(QString::fromLatin1(key))) {
            if (!value.dimension.isEmpty())
                continue;
            if (value.month.startsWith(yearPrefix))
                inYear << value.value;
            else if (value.month <= yearEnd)
                before << value.value;
        }
        if (!inYear.isEmpty())
            return {QString::fromLatin1(key), inYear, true};
        if (!before.isEmpty())
            return {QString::fromLatin1(key), before.mid(qMax(0, int(before.size()) - 12)), false};
    }
    return {};
}

BusinessCase::Benefit benefitOf(const BenefitAssumption& assumption, std::optional<double> users)
{
    BusinessCase::Benefit benefit{assumption.id, assumption.description, 0, {}};
    if (assumption.kind == BenefitKind::FixedAmount) {
        benefit.yearlyCents = assumption.amountPerYearCents;
        benefit.sentence = QCoreApplication::translate("BusinessCase", "“%1”: %2 per year, as entered.")
                               .arg(assumption.description, Money::format(benefit.yearlyCents));
        return benefit;
    }
    if (!users) {
        benefit.sentence = QCoreApplication::translate("BusinessCase", "“%1”: %2 minutes per active user per month, not counted because "
                                "there are no usage figures for active users.")
                               .arg(assumption.description, number(assumption.minutesPerUserMonth, 1));
        return benefit;
    }
    const double hours
        = assumption.minutesPerUserMonth / 60.0 * *users * assumption.sharePercent / 100.0 * 12.0;
    benefit.yearlyCents = qint64(std::llround(hours * double(assumption.hourlyCostCents)));
    benefit.sentence
        = QCoreApplication::translate("BusinessCase", "“%1”: %2 minutes saved per active user per month × %3 active users × %4 % of "
               "them × 12 months = %5 hours a year, at %6 an hour = %7 per year.")
              .arg(assumption.description,
                  number(assumption.minutesPerUserMonth,
                      assumption.minutesPerUserMonth == std::floor(assumption.minutesPerUserMonth) ? 0 : 1),
                  number(*users), number(assumption.sharePercent), number(hours),
                  Money::format(assumption.hourlyCostCents), Money::format(benefit.yearlyCents));
    return benefit;
}
} // namespace

BusinessCase BusinessCase::forYear(Workspace& workspace, int year)
{
    BusinessCase result;
    result.year = year;
    const BudgetTotals totals = BudgetTotals::forYear(BudgetQueries(workspace.database()), year);
    result.plannedCents = totals.total.plannedCents;
    result.spentCents = totals.total.spentCents;
    result.costCents = qMax(result.plannedCents, result.spentCents);
    if (result.spentCents > result.plannedCents)
        result.sentences << QCoreApplication::translate("BusinessCase", "Cost in %1: %2 spent, more than the %3 budgeted.")
                                .arg(year)
                                .arg(Money::format(result.spentCents), Money::format(result.plannedCents));
    else
        result.sentences << QCoreApplication::translate("BusinessCase", "Cost in %1: the budget of %2 (%3 spent so far).")
                                .arg(year)
                                .arg(Money::format(result.plannedCents), Money::format(result.spentCents));

    const Users users = usersInYear(UsageQueries(workspace.database()), year);
    if (!users.values.isEmpty()) {
        double sum = 0;
        for (double value : users.values)
            sum += value;
        result.usersMetric = users.metric;
        result.userMonths = int(users.values.size());
        result.activeUsers = sum / double(users.values.size());
        const QString metricName = users.metric == u"active_users"
            ? QCoreApplication::translate("BusinessCase", "active users")
            : QCoreApplication::translate("BusinessCase", "unique logged-in users");
        result.sentences << (users.fromYear
                ? QCoreApplication::translate("BusinessCase", "Active users: on average %1 a month in %2 (%3, %n months of figures).", nullptr, result.userMonths)
                      .arg(number(*result.activeUsers))
                      .arg(year)
                      .arg(metricName)
                : QCoreApplication::translate("BusinessCase", "Active users: on average %1 a month over the latest %n months of figures "
                       "(%3); there are none for %2 yet.",
                      nullptr, result.userMonths)
                      .arg(number(*result.activeUsers))
                      .arg(year)
                      .arg(metricName));
        if (*result.activeUsers > 0) {
            result.costPerUserCents = qint64(std::llround(double(result.costCents) / *result.activeUsers));
            result.sentences << QCoreApplication::translate("BusinessCase", "Cost per active user: %1 a year, %2 a month.")
                                    .arg(Money::format(*result.costPerUserCents),
                                        Money::format(*result.costPerUserCents / 12));
        }
    } else {
        result.sentences << QCoreApplication::translate("BusinessCase", "There are no usage figures for active users yet, so the cost "
                                 "per active user is not known.");
    }

    for (const BenefitAssumption& assumption : workspace.repository<BenefitAssumption>().all()) {
        Benefit benefit = benefitOf(assumption, result.activeUsers);
        result.benefitCents += benefit.yearlyCents;
        result.sentences << benefit.sentence;
        result.benefits << benefit;
    }
    if (result.benefits.isEmpty()) {
        result.sentences << QCoreApplication::translate("BusinessCase", "No benefit assumptions yet: add what the intranet saves to "
                                 "estimate its return.");
        return result;
    }
    result.netCents = result.benefitCents - result.costCents;
    if (result.costCents > 0)
        result.returnPerEuro = double(result.benefitCents) / double(result.costCents);
    const QString net = *result.netCents >= 0
        ? QCoreApplication::translate("BusinessCase", "%1 more than it costs").arg(Money::format(*result.netCents))
        : QCoreApplication::translate("BusinessCase", "%1 less than it costs").arg(Money::format(-*result.netCents));
    QString sentence = QCoreApplication::translate("BusinessCase", "Estimated return: %1 a year in benefits against %2 cost, %3.")
                           .arg(Money::format(result.benefitCents), Money::format(result.costCents), net);
    if (result.returnPerEuro)
        sentence += QLatin1Char(' ')
            + QCoreApplication::translate("BusinessCase", "Every euro spent returns %1.")
                  .arg(QLocale().toCurrencyString(*result.returnPerEuro, QStringLiteral("€"), 2));
    result.sentences << sentence;
    return result;
}

} // namespace stuurboord
