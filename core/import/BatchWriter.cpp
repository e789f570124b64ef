#include "BatchWriter.h"

#include "domain/ImportBatch.h"
#include "domain/Metric.h"
#include "model/EnumSpec.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace stuurboord {

namespace {
struct Key
{
    qint64 metric;
    QString month;
    QString dimension;
    friend bool operator==(const Key&, const Key&) = default;
};

size_t qHash(const Key& key, size_t seed = 0)
{
    return qHashMulti(seed, key.metric, key.month, key.dimension);
}
} // namespace

QByteArray BatchWriter::sha256Of(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

BatchWriter::Result BatchWriter::write(Workspace& workspace, const Request& request)
{
    Result result;
    QSqlDatabase db = workspace.database();
    if (!request.force) {
        for (const ImportBatch& earlier : workspace.repository<ImportBatch>().where(
                 QStringLiteral("sha256"), QString::fromLatin1(request.sha256))) {
            result.alreadyImported = true;
            result.outcome = Outcome::failure(
                QCoreApplication::translate("Import",
                    "This file was already imported on %1 (%2). Nothing was imported "
                    "again; import it anyway if that is what you want.")
                    .arg(earlier.importedAt.toLocalTime().toString(Qt::ISODate), earlier.fileName));
            return result;
        }
    }
    if (request.drafts.isEmpty()) {
        result.outcome = Outcome::failure(QCoreApplication::translate(
            "Import", "The file holds no figures that can be imported."));
        return result;
    }
    Transaction transaction(db);
    Repository<Metric> metrics = workspace.repository<Metric>();
    QHash<QString, qint64> metricIds;
    for (const Metric& metric : metrics.all())
        metricIds.insert(metric.key, metric.id);
    for (const ObservationDraft& draft : request.drafts) {
        if (metricIds.contains(draft.metricKey))
            continue;
        Metric metric;
        metric.key = draft.metricKey;
        metric.name
            = draft.metricLabel.trimmed().isEmpty() ? draft.metricKey : draft.metricLabel.trimmed();
        metric.aggregation = enumFromKey(draft.aggregation, Aggregation::Sum);
        if (result.outcome = metrics.add(metric); !result.outcome)
            return result;
        metricIds.insert(metric.key, metric.id);
    }

    QSet<Key> incoming;
    for (const ObservationDraft& draft : request.drafts)
        incoming.insert(Key{metricIds.value(draft.metricKey), draft.month, draft.dimension});
    QSet<Key> clashes;
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT DISTINCT metric_id, period, dimension FROM observation "
                                    "WHERE metric_id = ? AND period = ?"));
    QSet<std::pair<qint64, QString>> months;
    for (const Key& key : std::as_const(incoming))
        months.insert({key.metric, key.month});
    for (const auto& [metric, month] : std::as_const(months)) {
        existing.addBindValue(metric);
        existing.addBindValue(month);
        if (!existing.exec())
            continue;
        while (existing.next()) {
            const Key key{existing.value(0).toLongLong(), existing.value(1).toString(),
                existing.value(2).toString()};
            if (incoming.contains(key))
                clashes.insert(key);
        }
    }
    if (!clashes.isEmpty() && request.overlap == Overlap::Ask) {
        const QHash<qint64, QString> keys = [&] {
            QHash<qint64, QString> byId;
            for (auto it = metricIds.cbegin(); it != metricIds.cend(); ++it)
                byId.insert(it.value(), it.key());
            return byId;
        }();
        for (const Key& key : std::as_const(clashes))
            result.overlaps << (key.dimension.isEmpty()
                    ? QStringLiteral("%1 %2").arg(keys.value(key.metric), key.month)
                    : QStringLiteral("%1 %2 (%3)")
                          .arg(keys.value(key.metric), key.month, key.dimension));
        result.overlaps.sort();
        result.outcome = Outcome::failure(QCoreApplication::translate("Import",
            "The workspace already has figures for %1 of the metric-months in this "
            "file, for example %2. Choose whether to replace them or to skip "
            "those rows; nothing was imported.")
                                              .arg(clashes.size())
                                              .arg(result.overlaps.first()));
        return result;
    }
    if (request.overlap == Overlap::Replace) {
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral(
            "DELETE FROM observation WHERE metric_id = ? AND period = ? AND dimension = ?"));
        for (const Key& key : std::as_const(clashes)) {
            remove.addBindValue(key.metric);
            remove.addBindValue(key.month);
            remove.addBindValue(key.dimension);
            remove.exec();
            result.replaced += remove.numRowsAffected();
        }
    }

    ImportBatch batch;
    batch.fileName = request.fileName;
    batch.sha256 = QString::fromLatin1(request.sha256);
    batch.profileName = request.profileName;
    batch.importedAt = QDateTime::currentDateTimeUtc();
    batch.rowsRead = request.rowsRead;
    batch.rowsRejected = static_cast<int>(request.rejected.size());
    for (const ObservationDraft& draft : request.drafts) {
        if (result.firstMonth.isEmpty() || draft.month < result.firstMonth)
            result.firstMonth = draft.month;
        if (draft.month > result.lastMonth)
            result.lastMonth = draft.month;
    }
    batch.firstPeriod = result.firstMonth;
    batch.lastPeriod = result.lastMonth;
    if (result.outcome = workspace.repository<ImportBatch>().add(batch); !result.outcome)
        return result;

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO observation (metric_id, period, window_start, "
                                  "window_end, dimension, value, batch_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const ObservationDraft& draft : request.drafts) {
        const Key key{metricIds.value(draft.metricKey), draft.month, draft.dimension};
        if (request.overlap == Overlap::Skip && clashes.contains(key)) {
            ++result.skipped;
            continue;
        }
        insert.addBindValue(key.metric);
        insert.addBindValue(draft.month);
        insert.addBindValue(draft.windowStart.isValid()
                ? QVariant(draft.windowStart.toString(Qt::ISODate))
                : QVariant());
        insert.addBindValue(draft.windowEnd.isValid()
                ? QVariant(draft.windowEnd.toString(Qt::ISODate))
                : QVariant());
        insert.addBindValue(draft.dimension.isNull() ? QStringLiteral("") : draft.dimension);
        insert.addBindValue(draft.value);
        insert.addBindValue(batch.id);
        if (!insert.exec()) {
            result.outcome = Outcome::failure(
                QCoreApplication::translate("Import", "Line %1 could not be saved: %2")
                    .arg(draft.line)
                    .arg(insert.lastError().databaseText()));
            return result;
        }
        ++result.written;
    }
    batch.rowsKept = result.written;
    if (result.outcome = workspace.repository<ImportBatch>().update(batch); !result.outcome)
        return result;
    if (!transaction.commit()) {
        result.outcome = Outcome::failure(
            QCoreApplication::translate("Import", "The import could not be saved."));
        return result;
    }
    result.batchId = batch.id;
    return result;
}

} // namespace stuurboord
