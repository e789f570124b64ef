#pragma once

#include "ImportSink.h"
#include "model/Outcome.h"
#include "ObservationDraft.h"

#include <memory>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace stuurboord {

class SqliteStatement;
class Transaction;
class Workspace;

// Writes one import as one batch in one transaction: the batch record (file, SHA-256,
// profile, counts, periods) and its observations, written as the profile hands them over,
// so memory does not grow with the file. Re-importing the same bytes is refused unless
// forced; figures for a metric, month and dimension that were already there are replaced,
// skipped or make the whole import stop, as the user chose. Failing, stopping or being
// destroyed before finish() leaves the workspace exactly as before.
class BatchWriter final : public ImportSink
{
public:
    enum class Overlap
    {
        Ask,
        Replace,
        Skip
    };

    struct Batch
    {
        QString fileName;
        QByteArray sha256; // hex
        QString profileName;
        Overlap overlap = Overlap::Ask;
        bool force = false; // import even when these exact bytes were imported before
    };

    // Everything at once: the batch and its figures (tests, small imports).
    struct Request : Batch
    {
        int rowsRead = 0;
        QList<ObservationDraft> drafts;
        QList<RejectedRow> rejected;
    };

    struct Result
    {
        Outcome outcome;
        qint64 batchId = 0;
        qint64 written = 0;
        qint64 replaced = 0;
        qint64 skipped = 0;
        bool alreadyImported = false;
        QStringList overlaps; // "page_views 2026-03" when the user must choose
        QString firstMonth;
        QString lastMonth;
    };

    BatchWriter(Workspace& workspace, Batch batch);
    ~BatchWriter() override;
    Q_DISABLE_COPY_MOVE(BatchWriter)

    // Checks the bytes were not imported before, opens the transaction and the batch.
    Outcome begin();
    void figure(ObservationDraft&& draft) override;
    void reject(int line, const QString& reason) override;
    void decide(const QString& decision) override { Q_UNUSED(decision) }
    void rowRead() override { ++m_rowsRead; }
    // Settles overlaps with earlier imports, records the counts and commits.
    Result finish();
    // Leaves the workspace as it was before begin().
    void abandon();
    // Known once the reader has recognised the file.
    void setProfileName(const QString& name) { m_batch.profileName = name; }
    bool failed() const { return !m_result.outcome; }
    qint64 written() const { return m_result.written; }

    static Result write(Workspace& workspace, const Request& request);
    static QByteArray sha256Of(const QByteArray& bytes);

private:
    struct Key
    {
        qint64 metric;
        QString month;
        QString dimension;
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.metric, key.month, key.dimension);
        }
    };

    qint64 metricId(const ObservationDraft& draft);
    const QByteArray& utf8(QHash<QString, QByteArray>& cache, const QString& text);
    const QByteArray& isoDate(const QDate& date);
    void fail(const QString& message);
    bool settleOverlaps();

    Workspace& m_workspace;
    Batch m_batch;
    std::unique_ptr<Transaction> m_transaction;
    std::unique_ptr<SqliteStatement> m_insert;
    qint64 m_batchId = 0;
    qint64 m_rowsRead = 0;
    qint64 m_rejected = 0;
    Result m_result;
    QHash<QString, qint64> m_metricIds;
    QSet<std::pair<qint64, QString>> m_earlierMonths; // metric-months the workspace had
    QSet<Key> m_incoming;
    Key m_lastKey;
    QHash<QString, QByteArray> m_months;
    QHash<QString, QByteArray> m_dimensions;
    QHash<qint64, QByteArray> m_dates;
};

} // namespace stuurboord
