#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDateTime>
#include <QString>

namespace stuurboord {

// One import profile of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct ImportProfile
{
    static const Entity<ImportProfile>& entity();

    qint64 id = 0;
    QString name;
    QString description;
    bool builtIn = false;
    QString definition;
    QDateTime createdAt;
};

} // namespace stuurboord
