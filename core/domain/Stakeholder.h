#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

enum class StakeholderCategory
{
    Sponsor,
    Management,
    KeyUser,
    It,
    Communication,
    Hr,
    WorksCouncil,
    Supplier,
    Other
};
template <> const EnumSpec& enumSpec<StakeholderCategory>();

enum class Cadence
{
    None,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly
};
template <> const EnumSpec& enumSpec<Cadence>();

// One stakeholder of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct Stakeholder
{
    static const Entity<Stakeholder>& entity();

    qint64 id = 0;
    QString name;
    QString role;
    QString department;
    StakeholderCategory category = StakeholderCategory::Sponsor;
    int influence = 1;
    int interest = 1;
    QString contact;
    Cadence cadence = Cadence::None;
    QDate lastContact;
    QString notes;
};

} // namespace stuurboord
