#include "ImportHistory.h"

#include "storage/ConnectionName.h"

#include "domain/ImportBatch.h"
#include "domain/Metric.h"
#include "ImportRunner.h"
#include "RemovedImport.h"
#include "storage/RecordStore.h"
#include "storage/postgresql/PostgresSpecifics.h"
#include "storage/sqlite/AttachedFile.h"
#include "storage/sqlite/ForeignKeysOff.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <atomic>
#include <QCoreApplication>
#include <optional>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace stuurboord {

namespace {
// Every column, the id last: since schema 4 it is part of the key and not a rowid, so
// figures put back must bring theirs.
const QString columns
    = QStringLiteral("metric_id, period, window_start, window_end, dimension, value, batch_id, id");
// Where a removed import waits (RemovedImport), attached to the connection while it moves.
// Where a removed import's rows wait: an attached file (SQLite) or a schema (PostgreSQL).
const QString fileStashName = QStringLiteral("sb_stash");
// Rows that belong to an import besides its figures, with a batch_id column.
const QStringList belonging{QStringLiteral("month_coverage"), QStringLiteral("annotation")};
// What identifies a figure in either table.
const QString figureKey = QStringLiteral("period, metric_id, dimension, id");

bool exec(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    return query.exec(statement);
}

Outcome notSaved()
{
    return Outcome::failure(QCoreApplication::translate(
        "Import", "The change to the import history could not be saved."));
}

QSet<qint64> metricIds(Workspace& workspace)
{
    QSet<qint64> ids;
    for (const Metric& metric : workspace.repository<Metric>().all())
        ids.insert(metric.id);
    return ids;
}

qint64 countOf(Workspace& workspace, const QString& statement, qint64 batchId)
{
    QSqlQuery query(workspace.database());
    query.prepare(statement);
    query.addBindValue(batchId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

// The figures `batchId` replaced come back where their month, metric and dimension are free
// again. Where a later import has since replaced this one's figures, the earlier figures
// now wait for that import instead, so removing it in turn brings them back.
bool putBackReplaced(const QSqlDatabase& db, qint64 batchId, qint64& putBack)
{
    const QString slot = QStringLiteral("o.period = r.period AND o.metric_id = r.metric_id AND "
                                        "o.dimension = r.dimension");
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("UPDATE replaced_observation AS r SET replaced_by = (SELECT "
                                   "MAX(o.batch_id) FROM observation o WHERE %1) WHERE "
                                   "r.replaced_by = %2 AND EXISTS (SELECT 1 FROM observation o "
                                   "WHERE %1 AND o.batch_id IS NOT NULL)")
                        .arg(slot)
                        .arg(batchId)))
        return false;
    if (!query.exec(QStringLiteral("INSERT INTO observation (%1) SELECT %1 FROM "
                                   "replaced_observation WHERE replaced_by = %2")
                        .arg(columns)
                        .arg(batchId)))
        return false;
    putBack = query.numRowsAffected();
    // Two statements: the first is a range of the key, the second one scan; with OR, SQLite
    // would look up every row of the range again by key.
    return exec(db,
               QStringLiteral("DELETE FROM replaced_observation WHERE replaced_by = %1")
                   .arg(batchId))
        && exec(db,
            QStringLiteral("DELETE FROM replaced_observation WHERE batch_id = %1").arg(batchId));
}
} // namespace

ImportHistory::Imported ImportHistory::commit(Workspace& workspace, const ImportPreview& preview,
    BatchWriter::Overlap overlap, bool force, ImportProgress* progress)
{
    Imported imported;
    const QSet<qint64> metricsBefore = metricIds(workspace);
    imported.result = ImportRunner::commit(workspace, preview, overlap, force, progress);
    if (imported.result.outcome) {
        for (const qint64 id : metricIds(workspace)) {
            if (!metricsBefore.contains(id))
                imported.newMetrics << id;
        }
    }
    return imported;
}

qint64 ImportHistory::figureCount(Workspace& workspace, qint64 batchId)
{
    return countOf(
        workspace, QStringLiteral("SELECT count(*) FROM observation WHERE batch_id = ?"), batchId);
}

QHash<qint64, qint64> ImportHistory::figureCounts(Workspace& workspace)
{
    QHash<qint64, qint64> counts;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT batch_id, count(*) FROM observation WHERE batch_id IS "
                                  "NOT NULL GROUP BY batch_id"))) {
        while (query.next())
            counts.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    return counts;
}

qint64 ImportHistory::replacedCount(Workspace& workspace, qint64 batchId)
{
    return countOf(workspace,
        QStringLiteral("SELECT count(*) FROM replaced_observation WHERE replaced_by = ?"), batchId);
}

Outcome ImportHistory::remove(
    Workspace& workspace, qint64 batchId, RemovedImport& removed, const QList<qint64>& newMetrics)
{
    removed.clear();
    const TableSpec& batchSpec = ImportBatch::entity().spec();
    const TableSpec& metricSpec = Metric::entity().spec();
    RecordStore& records = workspace.records();
    if (!records.get(batchSpec, batchId)) {
        return Outcome::failure(
            QCoreApplication::translate("Import", "This import is no longer in the workspace."));
    }
    static std::atomic<int> counter{0};
    const int number = ++counter;
    const QString stashFile = QDir(QDir::tempPath())
                                  .filePath(QStringLiteral("stuurboord-removed-import-%1-%2.sqlite")
                                          .arg(QCoreApplication::applicationPid())
                                          .arg(number));
    QFile::remove(stashFile);
    const QSqlDatabase db = workspace.database();
    const bool team = PostgresSpecifics::isPostgres(db);
    const QString stashName = team ? QStringLiteral("sb_removed_%1_%2_%3")
                                         .arg(QCoreApplication::applicationPid())
                                         .arg(number)
                                         .arg(QDateTime::currentMSecsSinceEpoch())
                                   : fileStashName;
    qint64 figures = 0;
    qint64 putBack = 0;
    DeletedRows batchRows;
    {
        std::optional<AttachedFile> stash;
        std::optional<ForeignKeysOff> checksOff;
        if (!team) {
            stash.emplace(db, stashFile, stashName);
            if (!stash->isAttached())
                return notSaved();
            // Every row this moves or deletes is found by its import, so the foreign-key
            // checks would only triple the cost; the batch record's dependents go first.
            checksOff.emplace(db);
        }
        Transaction transaction(db);
        // In a team workspace the schema goes with the transaction if that fails.
        if (team && !exec(db, QStringLiteral("CREATE SCHEMA %1").arg(stashName)))
            return notSaved();
        if (!exec(db,
                QStringLiteral("CREATE TABLE %1.figures AS SELECT %2 FROM observation WHERE "
                               "batch_id = %3")
                    .arg(stashName, columns)
                    .arg(batchId))
            || !exec(db,
                QStringLiteral("CREATE TABLE %1.replaced AS SELECT %2, replaced_by FROM "
                               "replaced_observation WHERE replaced_by = %3 UNION ALL SELECT %2, "
                               "replaced_by FROM replaced_observation WHERE batch_id = %3")
                    .arg(stashName, columns)
                    .arg(batchId)))
            return notSaved();
        // With the checks off, nothing cascades: what belongs to the batch goes explicitly.
        for (const QString& table : belonging) {
            if (!exec(db,
                    QStringLiteral("CREATE TABLE %1.%2 AS SELECT * FROM %2 WHERE batch_id = %3")
                        .arg(stashName, table)
                        .arg(batchId))
                || !exec(db,
                    QStringLiteral("DELETE FROM %1 WHERE batch_id = %2").arg(table).arg(batchId)))
                return notSaved();
        }
        QSqlQuery remove(db);
        if (!remove.exec(
                QStringLiteral("DELETE FROM observation WHERE batch_id = %1").arg(batchId)))
            return notSaved();
        figures = remove.numRowsAffected();
        if (!putBackReplaced(db, batchId, putBack))
            return notSaved();
        if (Outcome removedBatch = records.remove(batchSpec, batchId, &batchRows); !removedBatch)
            return removedBatch;
        if (!transaction.commit())
            return notSaved();
    }
    removed.m_stash = team ? stashName : stashFile;
    if (team) {
        removed.m_teamConnection = nextConnectionName();
        QSqlDatabase::cloneDatabase(db, removed.m_teamConnection);
    }
    removed.m_batchId = batchId;
    removed.m_figures = figures;
    removed.m_putBack = putBack;
    removed.m_batch = batchRows;
    // With the checks on again, so that SQLite clears what refers to them (annotations).
    // Metrics still used anywhere, replaced figures included, stay.
    Transaction transaction(db);
    for (const qint64 id : newMetrics) {
        DeletedRows metric;
        if (countOf(workspace,
                QStringLiteral("SELECT count(*) FROM replaced_observation WHERE metric_id = ?"), id)
                == 0
            && records.checkRemovable(metricSpec, id) && records.remove(metricSpec, id, &metric)) {
            removed.m_metrics.rows << metric.rows;
            removed.m_metrics.cleared << metric.cleared;
        }
    }
    transaction.commit();
    return {};
}

Outcome ImportHistory::restore(Workspace& workspace, RemovedImport& removed)
{
    if (removed.isEmpty())
        return Outcome::failure(
            QCoreApplication::translate("Import", "There is no removed import to put back."));
    const QSqlDatabase db = workspace.database();
    RecordStore& records = workspace.records();
    // The metrics first, with the checks on, as they were taken out.
    if (Outcome restored = records.restore(removed.m_metrics); !restored)
        return restored;
    removed.m_metrics = {};
    const bool team = !removed.m_teamConnection.isEmpty();
    const QString stashName = team ? removed.m_stash : fileStashName;
    {
        std::optional<AttachedFile> stash;
        std::optional<ForeignKeysOff> checksOff;
        if (!team) {
            stash.emplace(db, removed.m_stash, stashName);
            if (!stash->isAttached())
                return notSaved();
            checksOff.emplace(db);
        }
        Transaction transaction(db);
        if (Outcome restored = records.restore(removed.m_batch); !restored)
            return restored;
        // The earlier figures that came back, or waited for a later import, go aside again.
        QStringList statements = {
            QStringLiteral("DELETE FROM observation WHERE (%1) IN (SELECT %1 FROM %2.replaced WHERE "
                           "replaced_by = %3)")
                .arg(figureKey, stashName)
                .arg(removed.m_batchId),
            QStringLiteral("DELETE FROM replaced_observation WHERE (%1) IN (SELECT %1 FROM "
                           "%2.replaced)")
                .arg(figureKey, stashName),
            QStringLiteral("INSERT INTO replaced_observation (%1, replaced_by) SELECT %1, "
                           "replaced_by FROM %2.replaced")
                .arg(columns, stashName),
            QStringLiteral("INSERT INTO observation (%1) SELECT %1 FROM %2.figures").arg(columns, stashName),
        };
        for (const QString& table : belonging)
            statements << QStringLiteral("INSERT INTO %1 SELECT * FROM %2.%1").arg(table, stashName);
        for (const QString& statement : statements) {
            if (!exec(db, statement))
                return notSaved();
        }
        if (!transaction.commit())
            return notSaved();
    }
    removed.clear();
    return {};
}

} // namespace stuurboord
