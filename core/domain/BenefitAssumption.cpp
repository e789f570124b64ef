#include "BenefitAssumption.h"

#include <QCoreApplication>

namespace stuurboord {

template <> const EnumSpec& enumSpec<BenefitKind>()
{
    static const EnumSpec spec({
        {"time_saved", QT_TRANSLATE_NOOP("Enum", "time saved per active user")},
        {"fixed_amount", QT_TRANSLATE_NOOP("Enum", "fixed amount per year")},
    });
    return spec;
}

const Entity<BenefitAssumption>& BenefitAssumption::entity()
{
    static const Entity<BenefitAssumption> entity(
        TableSpec(QStringLiteral("benefit_assumption"),
            QT_TRANSLATE_NOOP("Entity", "benefit assumption"),
            QT_TRANSLATE_NOOP("Entity", "benefit assumptions"), QStringLiteral("description"),
            QStringLiteral("kind, description")),
        {
            bind(&BenefitAssumption::description,
                FieldSpec(QStringLiteral("description"), QT_TRANSLATE_NOOP("Field", "Benefit"),
                    FieldKind::Text)
                    .required()),
            bind(&BenefitAssumption::kind,
                FieldSpec(QStringLiteral("kind"), QT_TRANSLATE_NOOP("Field", "Kind"),
                    FieldKind::Enum)
                    .required()
                    .values(enumSpec<BenefitKind>())),
            bind(&BenefitAssumption::minutesPerUserMonth,
                FieldSpec(QStringLiteral("minutes_per_user_month"),
                    QT_TRANSLATE_NOOP("Field", "Minutes saved per active user per month"),
                    FieldKind::Real)
                    .range(0, 10000)
                    .onlyWhen(QStringLiteral("kind"), QStringLiteral("time_saved"))),
            bind(&BenefitAssumption::hourlyCostCents,
                FieldSpec(QStringLiteral("hourly_cost_cents"),
                    QT_TRANSLATE_NOOP("Field", "Hourly cost"), FieldKind::Money)
                    .atLeast(0)
                    .onlyWhen(QStringLiteral("kind"), QStringLiteral("time_saved"))),
            bind(&BenefitAssumption::sharePercent,
                FieldSpec(QStringLiteral("share_percent"),
                    QT_TRANSLATE_NOOP("Field", "Share of active users (%)"), FieldKind::Real)
                    .range(0, 100)
                    .onlyWhen(QStringLiteral("kind"), QStringLiteral("time_saved"))),
            bind(&BenefitAssumption::amountPerYearCents,
                FieldSpec(QStringLiteral("amount_per_year_cents"),
                    QT_TRANSLATE_NOOP("Field", "Amount per year"), FieldKind::Money)
                    .atLeast(0)
                    .onlyWhen(QStringLiteral("kind"), QStringLiteral("fixed_amount"))),
        },
        [](const BenefitAssumption& item) {
            QList<ValidationIssue> issues;
            if (item.kind == BenefitKind::TimeSaved) {
                if (item.minutesPerUserMonth <= 0)
                    issues << ValidationIssue{QStringLiteral("minutes_per_user_month"),
                        QCoreApplication::translate("Validation",
                            "Enter how many minutes an active user saves per month.")};
                if (item.hourlyCostCents <= 0)
                    issues << ValidationIssue{QStringLiteral("hourly_cost_cents"),
                        QCoreApplication::translate(
                            "Validation", "Enter what an hour of an employee's time costs.")};
                if (item.sharePercent <= 0)
                    issues << ValidationIssue{QStringLiteral("share_percent"),
                        QCoreApplication::translate("Validation",
                            "Enter which share of the active users saves this time (1 to 100 %).")};
            } else if (item.amountPerYearCents <= 0) {
                issues << ValidationIssue{QStringLiteral("amount_per_year_cents"),
                    QCoreApplication::translate(
                        "Validation", "Enter the amount this benefit brings per year.")};
            }
            return issues;
        });
    return entity;
}

} // namespace stuurboord
