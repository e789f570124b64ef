#pragma once

#include "ColumnMapping.h"
#include "domain/ImportProfile.h"

#include <QList>

namespace stuurboord {

class Workspace;

// The import profiles the coordinator saved with the wizard, as rows of import_profile.
class SavedProfiles final
{
public:
    static QList<ColumnMapping> load(Workspace& workspace);
    // The row that stores `mapping`; with the id of the saved profile of the same name, if
    // there is one, so saving again updates it.
    static ImportProfile toRecord(Workspace& workspace, const ColumnMapping& mapping);
};

} // namespace stuurboord
