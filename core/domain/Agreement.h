#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

enum class AgreementStatus
{
    InForce,
    UnderReview,
    Ended
};
template <> const EnumSpec& enumSpec<AgreementStatus>();

// One agreement of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct Agreement
{
    static const Entity<Agreement>& entity();

    qint64 id = 0;
    QString title;
    QString text;
    QString party;
    qint64 stakeholderId = 0;
    QDate agreedOn;
    QDate nextReview;
    AgreementStatus status = AgreementStatus::InForce;
};

} // namespace stuurboord
