#include "WorkspaceCheck.h"

#include "domain/DomainTables.h"
#include "RecordStore.h"
#include "Schema.h"
#include "sqlite/SqliteSchemaShape.h"
#include "sqlite/SqliteSpecifics.h"
#include "WorkspaceLock.h"
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

QString busy(const QString& holder)
{
    return QCoreApplication::translate("WorkspaceCheck",
        "Problem: the workspace is busy; %1 is changing it right now. Nothing is wrong with "
        "it as far as this shows; try again when it is done.")
        .arg(holder);
}
} // namespace

WorkspaceCheck WorkspaceCheck::run(const QString& path)
{
    WorkspaceCheck check;
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    check.m_lines
        << QCoreApplication::translate("WorkspaceCheck", "Workspace: %1").arg(absolutePath);
    WorkspaceProbe probe = WorkspaceProbe::inspect(absolutePath);
    if (probe.isUsable() && probe.wasInterrupted()) {
        // What SQLite does on any next use, done now under the lock so the check looks at
        // the workspace as it was after its last completed change.
        WorkspaceLock lock(absolutePath);
        if (lock.acquire() != WorkspaceLock::Result::Acquired) {
            check.m_lines << (lock.failure().isEmpty() ? busy(lock.holder()) : lock.failure());
            return check;
        }
        QString error;
        if (SqliteSpecifics::rollBackInterruptedChange(absolutePath, &error)
            != SqliteSpecifics::Failure::None) {
            check.m_lines << QCoreApplication::translate("WorkspaceCheck",
                "Problem: a change to the workspace was interrupted and could not be undone "
                "(%1).")
                                 .arg(error);
            return check;
        }
        check.m_lines << QCoreApplication::translate("WorkspaceCheck",
            "A change that was interrupted (by a crash or a full disk) was undone, as SQLite "
            "does; the workspace is as it was after its last completed change.");
        probe = WorkspaceProbe::inspect(absolutePath);
    }
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
        SqliteSpecifics::Failure why = SqliteSpecifics::Failure::None;
        QStringList findings = db.isOpen()
            ? SqliteSpecifics::integrityCheck(db, &why)
            : QStringList{
                QCoreApplication::translate("WorkspaceCheck", "the file could not be opened")};
        const QStringList shape = findings.isEmpty()
            ? SqliteSchemaShape::differences(db, probe.schemaVersion())
            : QStringList();
        if (why == SqliteSpecifics::Failure::Busy || why == SqliteSpecifics::Failure::ReadOnly) {
            check.m_lines << busy(WorkspaceLock::holderOf(absolutePath));
        } else if (!findings.isEmpty() || !shape.isEmpty()) {
            check.m_lines << (shape.isEmpty()
                    ? QCoreApplication::translate(
                        "WorkspaceCheck", "Problem: the workspace is damaged. SQLite reports:")
                    : QCoreApplication::translate("WorkspaceCheck",
                        "Problem: the workspace is damaged: its structure is not what schema "
                        "version %1 holds:")
                          .arg(probe.schemaVersion()));
            for (const QString& finding : (findings + shape).mid(0, 10))
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
