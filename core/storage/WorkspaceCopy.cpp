#include "WorkspaceCopy.h"

#include "postgresql/PostgresCopyIn.h"
#include "postgresql/PostgresSpecifics.h"
#include "sqlite/ForeignKeysOff.h"
#include "sqlite/SqliteSpecifics.h"
#include "TableShape.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace stuurboord {

namespace {
QString failedTable(const QString& table, const QString& error)
{
    return QCoreApplication::translate("Workspace", "Copying the table %1 failed: %2").arg(table, error);
}

// Rows go into a team workspace through COPY, into a file through one prepared INSERT.
Outcome copyRows(QSqlDatabase source, QSqlDatabase target, const QString& table,
    const std::function<void(const QString&, qint64)>& progress)
{
    const QStringList columns = TableShape::columns(target, table);
    const QStringList sourceColumns = TableShape::columns(source, table);
    for (const QString& column : columns) {
        if (!sourceColumns.contains(column))
            return Outcome::failure(failedTable(table,
                QCoreApplication::translate("Workspace", "the column %1 is missing in the source").arg(column)));
    }
    QSqlQuery read(source);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u", "), table)))
        return Outcome::failure(failedTable(table, read.lastError().text()));
    const bool intoPostgres = PostgresSpecifics::isPostgres(target);
    std::unique_ptr<PostgresCopyIn> copyIn;
    QSqlQuery insert(target);
    if (intoPostgres) {
        copyIn = std::make_unique<PostgresCopyIn>(target, table, columns);
        if (!copyIn->isOpen())
            return Outcome::failure(failedTable(table, copyIn->error()));
    } else if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(u", "),
                                       QStringList(columns.size(), QStringLiteral("?")).join(u", ")))) {
        return Outcome::failure(failedTable(table, insert.lastError().text()));
    }
    qint64 rows = 0;
    QVariantList values;
    while (read.next()) {
        values.clear();
        for (int i = 0; i < columns.size(); ++i)
            values << read.value(i);
        if (intoPostgres) {
            if (!copyIn->add(values))
                return Outcome::failure(failedTable(table, copyIn->error()));
        } else {
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values.at(i));
            if (!insert.exec())
                return Outcome::failure(failedTable(table, insert.lastError().text()));
        }
        if (++rows % 65536 == 0 && progress)
            progress(table, rows);
    }
    if (read.lastError().isValid())
        return Outcome::failure(failedTable(table, read.lastError().text()));
    if (copyIn && !copyIn->finish())
        return Outcome::failure(failedTable(table, copyIn->error()));
    if (progress)
        progress(table, rows);
    return {};
}

// Everything of `source` into the new, just created `target`, whose first contents (the
// organisation that creating it writes) go first.
Outcome copyAll(Workspace& source, Workspace& target, const std::function<void(const QString&, qint64)>& progress)
{
    QSqlDatabase to = target.database();
    const QStringList tables = TableShape::tables(source.database());
    if (tables != TableShape::tables(to)) {
        return Outcome::failure(QCoreApplication::translate("Workspace",
            "The two workspaces do not have the same tables; open the source once in this "
            "version of Stuurboord to update it, then copy again."));
    }
    const bool intoPostgres = PostgresSpecifics::isPostgres(to);
    // Rows come table by table, not in the order their references need: the references are
    // checked once everything is in (at the commit on PostgreSQL, by a check on SQLite).
    std::unique_ptr<ForeignKeysOff> checksOff;
    if (!intoPostgres)
        checksOff = std::make_unique<ForeignKeysOff>(to);
    Transaction transaction(to);
    if (intoPostgres && !QSqlQuery(to).exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED")))
        return Outcome::failure(to.lastError().text());
    for (const QString& table : tables) {
        if (!QSqlQuery(to).exec(QStringLiteral("DELETE FROM %1").arg(table)))
            return Outcome::failure(failedTable(table, to.lastError().text()));
        if (Outcome copied = copyRows(source.database(), to, table, progress); !copied)
            return copied;
    }
    QString error;
    if (intoPostgres && !PostgresSpecifics::resetGeneratedIds(to, &error))
        return Outcome::failure(error);
    if (!transaction.commit()) {
        return Outcome::failure(QCoreApplication::translate("Workspace",
            "The copy could not be saved: %1").arg(to.lastError().text()));
    }
    if (!intoPostgres) {
        if (const QStringList problems = SqliteSpecifics::integrityCheck(to); !problems.isEmpty()) {
            return Outcome::failure(QCoreApplication::translate("Workspace",
                "The copy does not hold together (%1); it was not kept.").arg(problems.mid(0, 3).join(u"; ")));
        }
    }
    return {};
}
} // namespace

qint64 WorkspaceCopy::Result::rows() const
{
    qint64 total = 0;
    for (const Table& table : tables)
        total += std::max<qint64>(0, table.target.rows);
    return total;
}

WorkspaceCopy::Result WorkspaceCopy::copy(
    const QString& from, const QString& to, const std::function<void(const QString&, qint64)>& progress)
{
    Result result;
    Workspace::OpenOptions options;
    options.readOnly = true;
    OpenResult source = Workspace::open(from, options);
    if (!source.ok()) {
        result.outcome = Outcome::failure(source.message);
        return result;
    }
    const QString organisation = source.workspace->organisationName();
    OpenResult target = Workspace::create(to,
        organisation.trimmed().isEmpty() ? QStringLiteral("-") : organisation, false,
        [&](Workspace& created) {
            if (Outcome copied = copyAll(*source.workspace, created, progress); !copied)
                return copied;
            // Compared before the target is kept: a difference leaves nothing behind.
            result.tables.clear();
            for (const QString& table : TableShape::tables(source.workspace->database())) {
                Table compared{table, TableChecksum::of(source.workspace->database(), table),
                    TableChecksum::of(created.database(), table)};
                result.tables << compared;
                if (!(compared.source == compared.target) || compared.source.rows < 0) {
                    return Outcome::failure(QCoreApplication::translate("Workspace",
                        "The copy of the table %1 differs from the original (%2 rows, %3 in the "
                        "copy); it was not kept.")
                                                .arg(table)
                                                .arg(compared.source.rows)
                                                .arg(compared.target.rows));
                }
            }
            return Outcome();
        });
    if (!target.ok())
        result.outcome = Outcome::failure(target.message);
    return result;
}

} // namespace stuurboord
