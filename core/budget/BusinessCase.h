#pragma once

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace stuurboord {

class Workspace;

// What the intranet costs in a year, per active user, and what the coordinator's benefit
// assumptions say it returns, as plain data with every assumption in a sentence, for the
// budget page, the sponsor and the meeting pack.
struct BusinessCase
{
    struct Benefit
    {
        qint64 assumptionId = 0;
        QString description;
        qint64 yearlyCents = 0;
        QString sentence;
    };

    int year = 0;
    qint64 plannedCents = 0;
    qint64 spentCents = 0;
    // The year's budget, or what was spent when that is more.
    qint64 costCents = 0;
    QString usersMetric; // the metric key the active users come from; empty when none
    int userMonths = 0; // months of usage data averaged
    std::optional<double> activeUsers; // average per month
    std::optional<qint64> costPerUserCents; // per active user per year
    QList<Benefit> benefits;
    qint64 benefitCents = 0; // per year, all benefits together
    std::optional<qint64> netCents; // benefit - cost, when there are benefits
    std::optional<double> returnPerEuro; // benefit / cost, when both are known
    // Cost, users, cost per user, each benefit and the return, one sentence each.
    QStringList sentences;

    static BusinessCase forYear(Workspace& workspace, int year);
};

} // namespace stuurboord
