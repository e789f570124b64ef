#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"
#include "OrganisationProfile.h"

#include <optional>
#include <QDate>
#include <QString>

namespace stuurboord {

enum class SizeBand
{
    Small,
    Medium,
    Large,
    VeryLarge
};
template <> const EnumSpec& enumSpec<SizeBand>();

// One benchmark value of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct BenchmarkValue
{
    static const Entity<BenchmarkValue>& entity();

    qint64 id = 0;
    QString source;
    QDate date;
    Sector sector = Sector::Municipality;
    SizeBand sizeBand = SizeBand::Small;
    QString metricKey;
    qint64 kpiId = 0;
    double value = 0;
    std::optional<double> lowerQuartile;
    std::optional<double> median;
    std::optional<double> upperQuartile;
    bool perEmployee = false;
};

} // namespace stuurboord
