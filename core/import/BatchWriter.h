#pragma once

#include "BlockList.h"
#include "ImportSink.h"
#include "model/Outcome.h"
#include "ObservationDraft.h"
#include "RecentTexts.h"
#include "TextCodes.h"
#include "storage/sqlite/EarlyWriteBack.h"
#include "storage/sqlite/ForeignKeysOff.h"
#include "storage/sqlite/SqliteRowFeed.h"

#include <functional>
#include <memory>
#include <optional>
#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <vector>

namespace stuurboord {

class Transaction;
class Workspace;

// Writes one import as one batch in one transaction: the batch record (file, SHA-256,
// profile, counts, periods) and its observations. Figures are kept as they arrive as
// 32-byte rows of integer codes (no strings per row), sorted into the order of the
// observation table's key (month, metric, dimension, id) and written a block at a time
// through one INSERT … SELECT (DESIGN.md section 9). Exports list their rows by date, so
// each block of whole months lands at the end of the table, written while the reader is
// still parsing the next months; a file that goes back in time keeps the rest for one
// sorted write at the end. Re-importing the same bytes is refused unless forced; figures
// for a metric, month and dimension that were already there are replaced, skipped or make
// the whole import stop, as the user chose. Failing, stopping or being destroyed before
// finish() leaves the workspace exactly as before.
class BatchWriter final : public ImportSink
{
public:
    // What one file may bring, so that memory stays bounded whatever it holds: usage is kept
    // per site or department and per named metric, never per person or per page view.
    static constexpr qsizetype dimensionLimit = 100000;
    static constexpr qsizetype metricLimit = 10000;
    static QString tooManyMetrics();
    static QString tooManyDimensions(qint64 line);

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
        // The day the file was saved (exported): days after it cannot have been measured,
        // so a month it ends in is partial (CoveredDays).
        QDate exportedOn;
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
        qint64 notes = 0; // annotations made from a notes column
        bool alreadyImported = false;
        QStringList overlaps; // "page_views 2026-03" when the user must choose
        // Metric-months whose earlier figures covered only part of the month and were
        // replaced without asking, because this import covers at least those days.
        QStringList completed;
        QString firstMonth;
        QString lastMonth;
    };

    BatchWriter(Workspace& workspace, Batch batch);
    ~BatchWriter() override;
    Q_DISABLE_COPY_MOVE(BatchWriter)

    // Checks the bytes were not imported before, opens the transaction and the batch.
    Outcome begin();
    void figure(ObservationDraft&& draft) override;
    // The same figures as numbers (from a SinkPipe): a metric, month and dimension is looked
    // up once per text, not once per figure.
    void codedFigures(const std::vector<CodedFigure>& figures, const QList<QString>& texts) override;
    void reject(int line, const QString& reason) override;
    void decide(const QString& decision) override { Q_UNUSED(decision) }
    void rowRead() override { ++m_rowsRead; }
    // Becomes an annotation on its month, belonging to this import.
    void note(ImportNote&& note) override { m_notes << std::move(note); }
    // Settles overlaps with earlier imports, records the counts and commits.
    Result finish();
    // Leaves the workspace as it was before begin().
    void abandon();
    // Known once the reader has recognised the file.
    void setProfileName(const QString& name) { m_batch.profileName = name; }
    // Where the file's SHA-256 comes from, for a batch begun without it (worked out beside
    // the import, BackgroundDigest): finish() asks for it once the figures are written,
    // just before the commit, and the import is refused, with everything written taken
    // back, when these exact bytes were imported before (unless forced).
    void identifyBeforeCommit(std::function<QByteArray()> sha256) { m_digest = std::move(sha256); }
    bool failed() const { return !m_result.outcome; }
    qint64 written() const { return m_result.written; }

    static Result write(Workspace& workspace, const Request& request);
    static QByteArray sha256Of(const QByteArray& bytes);

private:
    // One figure until its block is written. Months and dimensions are indexes into
    // interned texts; days are Julian days.
    struct Row
    {
        quint32 month;
        quint32 metric;
        quint32 dimension;
        qint32 start;
        qint32 end;
        quint32 seq; // arrival order: the id is m_firstId + seq
        double value;
    };
    // Distinct texts in the order first seen, with their index, and their rank in text
    // order (SQLite compares text by its UTF-8 bytes).
    struct Interned
    {
        TextCodes codes; // index by text
        QList<QByteArray> utf8;
        std::vector<quint32> rank;
        quint32 of(const QString& text);
        void updateRanks();
    };
    // A metric, month and dimension of this batch that an earlier import may also have.
    struct Candidate
    {
        quint32 month;
        quint32 metric;
        quint32 dimension;
        friend auto operator<=>(const Candidate&, const Candidate&) = default;
    };

    class Rows;

    qint64 metricId(const ObservationDraft& draft);
    // Whether these bytes were imported before (and not forced): then the import fails.
    bool importedBefore();
    void identify(const QByteArray& sha256);
    quint32 dimensionOf(const QString& text, int line);
    void keep(qint64 metric, quint32 month, quint32 dimension, const QDate& start,
        const QDate& end, double value, int line);
    void fail(const QString& message);
    void monthChanged(quint32 month);
    bool flush();
    void keepByMonth();
    bool packableKeys() const;
    // Room the radix sort reuses from block to block: fresh memory costs a page fault every
    // 4 KB, which on a virtual machine takes longer than the sort.
    struct SortSpace
    {
        struct Keyed
        {
            quint64 key;
            quint32 row;
        };
        std::vector<Keyed> keyed;
        std::vector<Keyed> spare;
    };
    void sortRows(std::vector<Row>& rows, bool packable, SortSpace& space) const;
    bool writeByMonth();
    bool writeSorted(const std::vector<Row>& sortedRows);
    bool copyIntoTeamWorkspace(SqliteRowFeed::Source& rows);
    bool copyIntoStaging(SqliteRowFeed::Source& rows);
    bool settleOverlaps();
    // The same for a team workspace, set-based: the keys go to the server in one COPY and
    // three statements settle them all, instead of two round trips per key.
    bool settleInTeamWorkspace(
        const std::vector<Candidate>& completing, const std::vector<Candidate>& asked);
    // How this batch's figures of a metric-month meet the earlier ones: on other days of
    // the month (both stay: two halves make the month), covering every day of earlier
    // figures that were partial (this batch completes them), or on the same days.
    enum class Meeting
    {
        OtherDays,
        Completes,
        SameDays
    };
    Meeting meetsEarlier(const Candidate& key);
    void recordCoverage(const Row* first, const Row* end);
    bool writeCoverage();
    bool writeNotes();

    Workspace& m_workspace;
    Batch m_batch;
    std::function<QByteArray()> m_digest;
    std::unique_ptr<Transaction> m_transaction;
    std::optional<ForeignKeysOff> m_foreignKeysOff;
    std::optional<EarlyWriteBack> m_writeBack;
    qint64 m_batchId = 0;
    qint64 m_firstId = 1;
    qint64 m_rowsRead = 0;
    qint64 m_rejected = 0;
    quint32 m_seq = 0;
    Result m_result;
    QHash<QString, qint64> m_metricIds;
    RecentTexts<qint64> m_recentMetrics;
    // What the pipe's text numbers (codedFigures) stand for here; -1 while not looked up.
    std::vector<qint64> m_metricOfCode;
    std::vector<qint64> m_monthOfCode;
    std::vector<qint64> m_dimensionOfCode;
    QSet<std::pair<qint64, QString>> m_earlierMonths; // metric-months the workspace had
    std::vector<Row> m_rows; // not written yet
    // Not written yet either, per month index, once the file went back in time.
    std::vector<BlockList<Row>> m_byMonth;
    SlabMemory m_rowMemory; // the buckets' blocks
    SortSpace m_sortSpace; // for blocks written while reading
    bool m_bucketed = false;
    Interned m_months;
    Interned m_dimensions;
    quint32 m_month = 0; // of the last figure
    QByteArray m_latestMonth; // the latest month seen so far
    bool m_streaming = true; // months have only gone forward: blocks can be written early
    std::vector<Candidate> m_candidates;
    // Days of its month each metric-month of this batch covers: (metric << 32 | month) -> bits.
    QHash<quint64, quint32> m_coverage;
    QList<ImportNote> m_notes;
    std::vector<std::pair<qint64, int>> m_monthStarts; // per month index: Julian day, length
};

} // namespace stuurboord
