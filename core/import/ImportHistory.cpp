#include "ImportHistory.h"

#include "domain/ImportBatch.h"
#include "domain/Metric.h"
#include "ImportRunner.h"
#include "RemovedImport.h"
#include "storage/RecordStore.h"
#include "storage/sqlite/SqliteStatement.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <atomic>
#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace stuurboord {

namespace {
// Every column, the id last: since schema 4 it is part of the key and not a rowid, so
// figures put back must bring theirs.
const QString columns = QStringLiteral(
    "metric_id, period, window_start, window_end, dimension, value, batch_id, id");
const QString candidates = QStringLiteral("temp.sb_replace_candidates");

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

// The figures that Overlap::Replace may take out: those for the file's metrics and months.
bool noteCandidates(Workspace& workspace, const ImportPreview& preview)
{
    const QStringList keys = preview.metrics();
    QStringList ids;
    for (const Metric& metric : workspace.repository<Metric>().all()) {
        if (keys.contains(metric.key))
            ids << QString::number(metric.id);
    }
    const QStringList months = preview.months();
    if (ids.isEmpty() || months.isEmpty())
        return false;
    QStringList marks(months.size(), QStringLiteral("?"));
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("CREATE TABLE %1 AS SELECT %2 FROM observation WHERE metric_id "
                                 "IN (%3) AND period IN (%4)")
                      .arg(candidates, columns, ids.join(u','), marks.join(u',')));
    for (const QString& month : months)
        query.addBindValue(month);
    return query.exec();
}

// The noted figures that are no longer there: the import replaced them.
QList<Observation> vanishedCandidates(Workspace& workspace)
{
    QList<Observation> vanished;
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 c WHERE NOT EXISTS (SELECT 1 FROM "
                                   "observation o WHERE o.metric_id = c.metric_id AND o.period = "
                                   "c.period AND o.dimension = c.dimension AND o.batch_id IS "
                                   "c.batch_id)")
                        .arg(columns, candidates)))
        return vanished;
    while (query.next()) {
        Observation figure;
        figure.metricId = query.value(0).toLongLong();
        figure.period = query.value(1).toString();
        figure.windowStart = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        figure.windowEnd = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        figure.dimension = query.value(4).toString();
        figure.value = query.value(5).toDouble();
        figure.batchId = query.value(6).toLongLong();
        figure.id = query.value(7).toLongLong();
        vanished << figure;
    }
    return vanished;
}

bool insertFigures(const QSqlDatabase& db, const QList<Observation>& figures)
{
    if (figures.isEmpty())
        return true;
    SqliteStatement insert(db,
        "INSERT INTO observation (metric_id, period, window_start, window_end, dimension, value, "
        "batch_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return false;
    for (const Observation& figure : figures) {
        const QByteArray period = figure.period.toUtf8();
        const QByteArray start = figure.windowStart.toString(Qt::ISODate).toLatin1();
        const QByteArray end = figure.windowEnd.toString(Qt::ISODate).toLatin1();
        const QByteArray dimension = figure.dimension.toUtf8();
        insert.bind(1, figure.metricId);
        insert.bind(2, period);
        if (figure.windowStart.isValid())
            insert.bind(3, start);
        else
            insert.bindNull(3);
        if (figure.windowEnd.isValid())
            insert.bind(4, end);
        else
            insert.bindNull(4);
        insert.bind(5, dimension);
        insert.bind(6, figure.value);
        if (figure.batchId != 0)
            insert.bind(7, figure.batchId);
        else
            insert.bindNull(7);
        insert.bind(8, figure.id);
        if (!insert.step())
            return false;
    }
    return true;
}

// Takes out again figures that were put back, by what identifies them.
bool deleteFigures(const QSqlDatabase& db, const QList<Observation>& figures)
{
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM observation WHERE metric_id = ? AND period = ? AND "
                                  "dimension = ? AND batch_id IS ?"));
    QSet<std::pair<std::pair<qint64, qint64>, std::pair<QString, QString>>> done;
    for (const Observation& figure : figures) {
        const auto key = std::pair(
            std::pair(figure.metricId, figure.batchId), std::pair(figure.period, figure.dimension));
        if (done.contains(key))
            continue;
        done.insert(key);
        remove.addBindValue(figure.metricId);
        remove.addBindValue(figure.period);
        remove.addBindValue(figure.dimension);
        remove.addBindValue(figure.batchId != 0 ? QVariant(figure.batchId) : QVariant());
        if (!remove.exec())
            return false;
    }
    return true;
}
} // namespace

ImportHistory::Imported ImportHistory::commit(Workspace& workspace, const ImportPreview& preview,
    BatchWriter::Overlap overlap, bool force, ImportProgress* progress)
{
    Imported imported;
    const QSet<qint64> metricsBefore = metricIds(workspace);
    exec(workspace.database(), QStringLiteral("DROP TABLE IF EXISTS %1").arg(candidates));
    const bool noted
        = overlap == BatchWriter::Overlap::Replace && noteCandidates(workspace, preview);
    imported.result = ImportRunner::commit(workspace, preview, overlap, force, progress);
    if (imported.result.outcome) {
        if (noted && imported.result.replaced > 0)
            imported.replaced = vanishedCandidates(workspace);
        for (const qint64 id : metricIds(workspace)) {
            if (!metricsBefore.contains(id))
                imported.newMetrics << id;
        }
    }
    if (noted)
        exec(workspace.database(), QStringLiteral("DROP TABLE %1").arg(candidates));
    return imported;
}

qint64 ImportHistory::figureCount(Workspace& workspace, qint64 batchId)
{
    QSqlQuery query(workspace.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM observation WHERE batch_id = ?"));
    query.addBindValue(batchId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Outcome ImportHistory::remove(Workspace& workspace, qint64 batchId, RemovedImport& removed,
    const QList<Observation>& replaced, const QList<qint64>& newMetrics)
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
    const QString stash = QStringLiteral("temp.sb_removed_import_%1").arg(++counter);
    const QSqlDatabase db = workspace.database();
    Transaction transaction(db);
    if (!exec(db,
            QStringLiteral("CREATE TABLE %1 AS SELECT %2 FROM observation WHERE batch_id = %3")
                .arg(stash, columns)
                .arg(batchId)))
        return notSaved();
    QSqlQuery remove(db);
    if (!remove.exec(QStringLiteral("DELETE FROM observation WHERE batch_id = %1").arg(batchId)))
        return notSaved();
    const qint64 figures = remove.numRowsAffected();
    // The figures went first, so the batch record takes nothing with it.
    DeletedRows batchRows;
    if (Outcome removedBatch = records.remove(batchSpec, batchId, &batchRows); !removedBatch)
        return removedBatch;
    if (!insertFigures(db, replaced))
        return notSaved();
    DeletedRows metricRows;
    for (const qint64 id : newMetrics) {
        DeletedRows metric;
        if (records.checkRemovable(metricSpec, id) && records.remove(metricSpec, id, &metric)) {
            metricRows.rows << metric.rows;
            metricRows.cleared << metric.cleared;
        }
    }
    if (!transaction.commit())
        return notSaved();
    removed.m_connection = db.connectionName();
    removed.m_stash = stash;
    removed.m_batchId = batchId;
    removed.m_figures = figures;
    removed.m_batch = batchRows;
    removed.m_metrics = metricRows;
    removed.m_putBack = replaced;
    return {};
}

Outcome ImportHistory::restore(Workspace& workspace, RemovedImport& removed)
{
    if (removed.isEmpty())
        return Outcome::failure(
            QCoreApplication::translate("Import", "There is no removed import to put back."));
    const QSqlDatabase db = workspace.database();
    RecordStore& records = workspace.records();
    Transaction transaction(db);
    if (Outcome restored = records.restore(removed.m_metrics); !restored)
        return restored;
    if (Outcome restored = records.restore(removed.m_batch); !restored)
        return restored;
    if (!deleteFigures(db, removed.m_putBack)
        || !exec(db,
            QStringLiteral("INSERT INTO observation (%1) SELECT %1 FROM %2")
                .arg(columns, removed.m_stash))
        || !transaction.commit())
        return notSaved();
    removed.clear();
    return {};
}

} // namespace stuurboord
