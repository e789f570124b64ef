#include "BatchWriter.h"

#include "domain/ImportBatch.h"
#include "domain/Metric.h"
#include "FileDigest.h"
#include "model/EnumSpec.h"
#include "storage/sqlite/SqliteStatement.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace stuurboord {

QByteArray BatchWriter::sha256Of(const QByteArray& bytes)
{
    return FileDigest::sha256(bytes);
}

BatchWriter::BatchWriter(Workspace& workspace, Batch batch)
    : m_workspace(workspace)
    , m_batch(std::move(batch))
{
}

BatchWriter::~BatchWriter()
{
    abandon();
}

void BatchWriter::abandon()
{
    m_insert.reset(); // a statement left open would keep the rollback from releasing pages
    m_transaction.reset();
}

void BatchWriter::fail(const QString& message)
{
    if (m_result.outcome)
        m_result.outcome = Outcome::failure(message);
}

Outcome BatchWriter::begin()
{
    if (!m_batch.force) {
        for (const ImportBatch& earlier : m_workspace.repository<ImportBatch>().where(
                 QStringLiteral("sha256"), QString::fromLatin1(m_batch.sha256))) {
            m_result.alreadyImported = true;
            fail(
                QCoreApplication::translate("Import",
                    "This file was already imported on %1 (%2). Nothing was imported "
                    "again; import it anyway if that is what you want.")
                    .arg(earlier.importedAt.toLocalTime().toString(Qt::ISODate), earlier.fileName));
            return m_result.outcome;
        }
    }
    QSqlDatabase db = m_workspace.database();
    m_transaction = std::make_unique<Transaction>(db);
    for (const Metric& metric : m_workspace.repository<Metric>().all())
        m_metricIds.insert(metric.key, metric.id);
    // Which metric-months the workspace already has: only figures for those can overlap,
    // so a first import of new metrics checks nothing row by row.
    QSqlQuery earlier(QStringLiteral("SELECT DISTINCT metric_id, period FROM observation"), db);
    while (earlier.next())
        m_earlierMonths.insert({earlier.value(0).toLongLong(), earlier.value(1).toString()});

    ImportBatch batch;
    batch.fileName = m_batch.fileName;
    batch.sha256 = QString::fromLatin1(m_batch.sha256);
    batch.profileName = m_batch.profileName;
    batch.importedAt = QDateTime::currentDateTimeUtc();
    if (const Outcome added = m_workspace.repository<ImportBatch>().add(batch); !added) {
        fail(added.message());
        return m_result.outcome;
    }
    m_batchId = batch.id;
    m_insert = std::make_unique<SqliteStatement>(db,
        "INSERT INTO observation (metric_id, period, window_start, window_end, dimension, value, "
        "batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!m_insert->isValid())
        fail(m_insert->errorString());
    return m_result.outcome;
}

qint64 BatchWriter::metricId(const ObservationDraft& draft)
{
    if (const auto it = m_metricIds.constFind(draft.metricKey); it != m_metricIds.cend())
        return *it;
    Metric metric;
    metric.key = draft.metricKey;
    metric.name
        = draft.metricLabel.trimmed().isEmpty() ? draft.metricKey : draft.metricLabel.trimmed();
    metric.aggregation = enumFromKey(draft.aggregation, Aggregation::Sum);
    if (const Outcome added = m_workspace.repository<Metric>().add(metric); !added) {
        fail(added.message());
        return 0;
    }
    m_metricIds.insert(metric.key, metric.id);
    return metric.id;
}

const QByteArray& BatchWriter::utf8(QHash<QString, QByteArray>& cache, const QString& text)
{
    auto it = cache.find(text);
    if (it == cache.end()) {
        if (cache.size() > 100000)
            cache.clear(); // ever new dimensions must not grow memory without bound
        it = cache.insert(text, text.toUtf8());
    }
    return *it;
}

const QByteArray& BatchWriter::isoDate(const QDate& date)
{
    auto it = m_dates.find(date.toJulianDay());
    if (it == m_dates.end()) {
        if (m_dates.size() > 100000)
            m_dates.clear();
        it = m_dates.insert(date.toJulianDay(), date.toString(Qt::ISODate).toLatin1());
    }
    return *it;
}

void BatchWriter::figure(ObservationDraft&& draft)
{
    if (!m_result.outcome || !m_insert)
        return;
    const qint64 metric = metricId(draft);
    if (!m_result.outcome)
        return;
    if (metric != m_lastKey.metric || draft.month != m_lastKey.month
        || draft.dimension != m_lastKey.dimension) {
        m_lastKey = Key{metric, draft.month, draft.dimension};
        if (m_earlierMonths.contains({metric, draft.month}))
            m_incoming.insert(m_lastKey);
        if (m_result.firstMonth.isEmpty() || draft.month < m_result.firstMonth)
            m_result.firstMonth = draft.month;
        if (draft.month > m_result.lastMonth)
            m_result.lastMonth = draft.month;
    }
    m_insert->bind(1, metric);
    m_insert->bind(2, utf8(m_months, draft.month));
    if (draft.windowStart.isValid())
        m_insert->bind(3, isoDate(draft.windowStart));
    else
        m_insert->bindNull(3);
    if (draft.windowEnd.isValid())
        m_insert->bind(4, isoDate(draft.windowEnd));
    else
        m_insert->bindNull(4);
    m_insert->bind(5, utf8(m_dimensions, draft.dimension));
    m_insert->bind(6, draft.value);
    m_insert->bind(7, m_batchId);
    if (!m_insert->step()) {
        fail(QCoreApplication::translate("Import", "Line %1 could not be saved: %2")
                 .arg(draft.line)
                 .arg(m_insert->errorString()));
        return;
    }
    ++m_result.written;
}

void BatchWriter::reject(int line, const QString& reason)
{
    Q_UNUSED(line)
    Q_UNUSED(reason)
    ++m_rejected;
}

bool BatchWriter::settleOverlaps()
{
    if (m_incoming.isEmpty())
        return true;
    QSqlDatabase db = m_workspace.database();
    QSqlQuery earlier(db);
    earlier.prepare(QStringLiteral("SELECT DISTINCT dimension FROM observation WHERE metric_id = ? "
                                   "AND period = ? AND (batch_id IS NULL OR batch_id <> ?)"));
    QSet<Key> clashes;
    QSet<std::pair<qint64, QString>> checked;
    for (const Key& key : std::as_const(m_incoming)) {
        if (checked.contains({key.metric, key.month}))
            continue;
        checked.insert({key.metric, key.month});
        earlier.addBindValue(key.metric);
        earlier.addBindValue(key.month);
        earlier.addBindValue(m_batchId);
        if (!earlier.exec())
            continue;
        while (earlier.next()) {
            const Key old{key.metric, key.month, earlier.value(0).toString()};
            if (m_incoming.contains(old))
                clashes.insert(old);
        }
    }
    if (clashes.isEmpty())
        return true;
    if (m_batch.overlap == Overlap::Ask) {
        QHash<qint64, QString> keys;
        for (auto it = m_metricIds.cbegin(); it != m_metricIds.cend(); ++it)
            keys.insert(it.value(), it.key());
        for (const Key& key : std::as_const(clashes))
            m_result.overlaps << (key.dimension.isEmpty()
                    ? QStringLiteral("%1 %2").arg(keys.value(key.metric), key.month)
                    : QStringLiteral("%1 %2 (%3)")
                          .arg(keys.value(key.metric), key.month, key.dimension));
        m_result.overlaps.sort();
        fail(QCoreApplication::translate("Import",
            "The workspace already has figures for %1 of the metric-months in this "
            "file, for example %2. Choose whether to replace them or to skip "
            "those rows; nothing was imported.")
                 .arg(clashes.size())
                 .arg(m_result.overlaps.first()));
        return false;
    }
    // Replace removes the earlier figures; Skip removes this batch's own.
    QSqlQuery remove(db);
    remove.prepare(m_batch.overlap == Overlap::Replace
            ? QStringLiteral("DELETE FROM observation WHERE metric_id = ? AND period = ? AND "
                             "dimension = ? AND (batch_id IS NULL OR batch_id <> ?)")
            : QStringLiteral("DELETE FROM observation WHERE metric_id = ? AND period = ? AND "
                             "dimension = ? AND batch_id = ?"));
    for (const Key& key : std::as_const(clashes)) {
        remove.addBindValue(key.metric);
        remove.addBindValue(key.month);
        remove.addBindValue(key.dimension);
        remove.addBindValue(m_batchId);
        if (!remove.exec()) {
            fail(QCoreApplication::translate("Import", "The import could not be saved."));
            return false;
        }
        (m_batch.overlap == Overlap::Replace ? m_result.replaced : m_result.skipped)
            += remove.numRowsAffected();
    }
    if (m_batch.overlap == Overlap::Skip)
        m_result.written -= m_result.skipped;
    return true;
}

BatchWriter::Result BatchWriter::finish()
{
    m_insert.reset();
    if (m_result.outcome && m_result.written == 0) {
        fail(QCoreApplication::translate(
            "Import", "The file holds no figures that can be imported."));
    }
    if (!m_result.outcome || !m_transaction || !settleOverlaps()) {
        abandon();
        return m_result;
    }
    std::optional<ImportBatch> batch = m_workspace.repository<ImportBatch>().get(m_batchId);
    if (!batch) {
        fail(QCoreApplication::translate("Import", "The import could not be saved."));
        abandon();
        return m_result;
    }
    batch->profileName = m_batch.profileName;
    batch->rowsRead = int(m_rowsRead);
    batch->rowsRejected = int(m_rejected);
    batch->rowsKept = int(m_result.written);
    batch->firstPeriod = m_result.firstMonth;
    batch->lastPeriod = m_result.lastMonth;
    if (const Outcome updated = m_workspace.repository<ImportBatch>().update(*batch); !updated) {
        fail(updated.message());
        abandon();
        return m_result;
    }
    if (!m_transaction->commit()) {
        fail(QCoreApplication::translate("Import", "The import could not be saved."));
        abandon();
        return m_result;
    }
    m_transaction.reset();
    m_result.batchId = m_batchId;
    return m_result;
}

BatchWriter::Result BatchWriter::write(Workspace& workspace, const Request& request)
{
    BatchWriter writer(workspace, request);
    if (!writer.begin())
        return writer.m_result;
    for (ObservationDraft draft : request.drafts)
        writer.figure(std::move(draft));
    for (const RejectedRow& row : request.rejected)
        writer.reject(row.line, row.reason);
    writer.m_rowsRead = request.rowsRead;
    return writer.finish();
}

} // namespace stuurboord
