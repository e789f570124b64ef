#include "WorkspaceCheck.h"

#include "domain/DomainTables.h"
#include "RecordStore.h"
#include "Schema.h"
#include "sqlite/SqliteSpecifics.h"
#include "WorkspaceProbe.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace stuurboord {

namespace {
QString versionInWords(int version)
{
    const int current = Schema::currentVersion();
    if (version == current)
        return QCoreApplication::translate("WorkspaceCheck", "Schema version %1 (current).")
            .arg(version);
    return QCoreApplication::translate("WorkspaceCheck",
        "Schema version %1 (older; Stuurboord updates it to version %2 when you open it, "
        "after making a copy).")
        .arg(version)
        .arg(current);
}
} // namespace

WorkspaceCheck WorkspaceCheck::run(const QString& path)
{
    WorkspaceCheck check;
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    check.m_lines
        << QCoreApplication::translate("WorkspaceCheck", "Workspace: %1").arg(absolutePath);
    const WorkspaceProbe probe = WorkspaceProbe::inspect(absolutePath);
    if (!probe.isUsable()) {
        check.m_lines
            << QCoreApplication::translate("WorkspaceCheck", "Problem: %1").arg(probe.message());
        return check;
    }
    check.m_lines << versionInWords(probe.schemaVersion());

    const QString connection = QStringLiteral("stuurboord-check");
    {
        QSqlDatabase db
            = SqliteSpecifics::open(absolutePath, connection, SqliteSpecifics::Access::ReadOnly);
        const QStringList findings = db.isOpen()
            ? SqliteSpecifics::integrityCheck(db)
            : QStringList{
                QCoreApplication::translate("WorkspaceCheck", "the file could not be opened")};
        if (!findings.isEmpty()) {
            check.m_lines << QCoreApplication::translate(
                "WorkspaceCheck", "Problem: the workspace is damaged. SQLite reports:");
            for (const QString& finding : findings.mid(0, 10))
                check.m_lines << QStringLiteral("  - ") + finding;
        } else {
            check.m_healthy = true;
            check.m_lines << QCoreApplication::translate(
                "WorkspaceCheck", "Integrity: no damage found.");
            const QLocale locale;
            const QStringList present = SqliteSpecifics::tableNames(db);
            RecordStore store(db);
            QStringList counts;
            for (const TableSpec* spec : DomainTables::all()) {
                if (!present.contains(spec->table()))
                    continue;
                const int rows = store.count(*spec);
                if (rows > 0)
                    counts << QStringLiteral("%1 %2").arg(locale.toString(rows), spec->plural());
            }
            check.m_lines << QCoreApplication::translate("WorkspaceCheck", "Contents: %1.")
                                 .arg(counts.isEmpty()
                                         ? QCoreApplication::translate("WorkspaceCheck", "empty")
                                         : counts.join(u", "));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    check.m_lines << (check.m_healthy
            ? QCoreApplication::translate("WorkspaceCheck", "Result: the workspace is healthy.")
            : QCoreApplication::translate("WorkspaceCheck", "Result: the workspace has problems."));
    return check;
}

} // namespace stuurboord
