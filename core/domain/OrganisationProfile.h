#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace stuurboord {

enum class Sector
{
    Municipality,
    Province,
    WaterAuthority,
    Hospital,
    Care,
    Housing,
    Education,
    Government,
    Business,
    Other
};
template <> const EnumSpec& enumSpec<Sector>();

enum class ReportLanguage
{
    Dutch,
    English
};
template <> const EnumSpec& enumSpec<ReportLanguage>();

// One organisation of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct OrganisationProfile
{
    static const Entity<OrganisationProfile>& entity();

    qint64 id = 0;
    QString name;
    QString platform;
    QDate goLive;
    Sector sector = Sector::Municipality;
    ReportLanguage reportLanguage = ReportLanguage::Dutch;
    QString coordinator;
    QByteArray logo;
};

} // namespace stuurboord
