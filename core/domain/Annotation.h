#pragma once

#include "model/Entity.h"
#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

enum class AnnotationKind
{
    Launch,
    Campaign,
    Workshop,
    PlatformChange,
    DefinitionChange,
    Other
};
template <> const EnumSpec& enumSpec<AnnotationKind>();

// One annotation of the workspace (DESIGN.md section 3). References hold the id of the
// row they point at, 0 for none.
struct Annotation
{
    static const Entity<Annotation>& entity();

    qint64 id = 0;
    QDate date;
    AnnotationKind kind = AnnotationKind::Launch;
    QString title;
    QString description;
    qint64 metricId = 0;
    qint64 kpiId = 0;
};

} // namespace stuurboord
