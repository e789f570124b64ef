#pragma once

#include "model/Outcome.h"

#include <QSqlDatabase>

namespace stuurboord {

// The workspace schema: one migration step per version, kept as SQL resources
// (core/storage/schema/NNN-*.sql), each applied in its own transaction together with the
// new version (SQLite's user_version, a table on PostgreSQL), so a failed step leaves the
// workspace at the previous version. The same files serve both engines.
class Schema final
{
public:
    // "SBRD": marks a SQLite file as a Stuurboord workspace (PRAGMA application_id).
    static constexpr quint32 applicationId = 0x53425244;

    static int currentVersion();
    static Outcome migrate(QSqlDatabase& db, int fromVersion, int toVersion);
    // The statements of step `version` for one engine (what migrate() runs).
    static QStringList statementsFor(int version, bool postgres);
};

} // namespace stuurboord
