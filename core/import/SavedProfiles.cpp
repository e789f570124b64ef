#include "SavedProfiles.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

namespace stuurboord {

QList<ColumnMapping> SavedProfiles::load(Workspace& workspace)
{
    QList<ColumnMapping> mappings;
    for (const ImportProfile& profile : workspace.repository<ImportProfile>().all()) {
        if (profile.builtIn)
            continue;
        if (std::optional<ColumnMapping> mapping
            = ColumnMapping::fromJson(profile.definition.toUtf8())) {
            mapping->name = profile.name;
            mappings << *mapping;
        }
    }
    return mappings;
}

ImportProfile SavedProfiles::toRecord(Workspace& workspace, const ColumnMapping& mapping)
{
    ImportProfile record;
    for (const ImportProfile& existing :
        workspace.repository<ImportProfile>().where(QStringLiteral("name"), mapping.name.trimmed()))
        record = existing;
    record.name = mapping.name.trimmed();
    record.builtIn = false;
    record.definition = QString::fromUtf8(mapping.toJson());
    QStringList columns;
    for (const ColumnMapping::MetricColumn& metric : mapping.metrics)
        columns << metric.column;
    record.description
        = QCoreApplication::translate("Import", "Made with the import wizard; reads %1.")
              .arg(columns.join(QStringLiteral(", ")));
    if (!record.createdAt.isValid())
        record.createdAt = QDateTime::currentDateTimeUtc();
    return record;
}

} // namespace stuurboord
