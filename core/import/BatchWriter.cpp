#include "BatchWriter.h"

#include "domain/ImportBatch.h"
#include "domain/Metric.h"
#include "FileDigest.h"
#include "ImportPhases.h"
#include "MetricKeys.h"
#include "model/EnumSpec.h"
#include "storage/queries/CoveredDays.h"
#include "storage/postgresql/PostgresCopyIn.h"
#include "storage/postgresql/PostgresSpecifics.h"
#include "storage/sqlite/SqliteRowFeed.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <thread>
#include <tuple>

namespace stuurboord {

namespace {

constexpr qint32 kNoDay = std::numeric_limits<qint32>::min();

qint32 dayOf(const QDate& date)
{
    return date.isValid() ? qint32(date.toJulianDay()) : kNoDay;
}

// "yyyy-MM-dd" of every day a block mentions, made once, so that the rows hand SQLite a
// pointer instead of formatting two dates each.
class DayTexts final
{
public:
    // Days far apart (a typing error in a year) get their text made row by row instead.
    static constexpr qint64 maxTableDays = 200000;

    void prepare(qint32 first, qint32 last)
    {
        m_first = first;
        m_table.clear();
        if (first <= last && qint64(last) - first < maxTableDays) {
            m_table.resize(size_t(last - first + 1) * 10);
            for (qint32 day = first; day <= last; ++day) {
                if (!format(day, m_table.data() + size_t(day - first) * 10)) {
                    m_table.clear(); // a year that is not four digits: row by row
                    return;
                }
            }
        }
    }

    // The text stays valid until the next call with the same `spare`.
    QByteArrayView text(qint32 day, QByteArray& spare) const
    {
        const qint64 offset = qint64(day) - m_first;
        if (offset >= 0 && size_t(offset) * 10 < m_table.size())
            return QByteArrayView(m_table.data() + size_t(offset) * 10, 10);
        spare = QDate::fromJulianDay(day).toString(Qt::ISODate).toLatin1();
        return spare;
    }

private:
    // As QDate::toString(Qt::ISODate) writes it, for years 0 to 9999.
    static bool format(qint32 day, char* out)
    {
        int year = 0;
        int month = 0;
        int dayOfMonth = 0;
        QDate::fromJulianDay(day).getDate(&year, &month, &dayOfMonth);
        if (year < 0 || year > 9999)
            return false;
        const int digits[] = {year / 1000, year / 100 % 10, year / 10 % 10, year % 10};
        for (int i = 0; i < 4; ++i)
            out[i] = char('0' + digits[i]);
        out[4] = '-';
        out[5] = char('0' + month / 10);
        out[6] = char('0' + month % 10);
        out[7] = '-';
        out[8] = char('0' + dayOfMonth / 10);
        out[9] = char('0' + dayOfMonth % 10);
        return true;
    }

    qint32 m_first = 0;
    std::vector<char> m_table;
};

} // namespace

QByteArray BatchWriter::sha256Of(const QByteArray& bytes)
{
    return FileDigest::sha256(bytes);
}

quint32 BatchWriter::Interned::of(const QString& text)
{
    const quint32 index = codes.of(text);
    if (index == quint32(utf8.size()))
        utf8 << text.toUtf8(); // new
    return index;
}

void BatchWriter::Interned::updateRanks()
{
    if (rank.size() == size_t(utf8.size()))
        return; // no new texts since the last block
    std::vector<quint32> order(size_t(utf8.size()));
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
        [this](quint32 a, quint32 b) { return utf8.at(a) < utf8.at(b); });
    rank.resize(order.size());
    for (quint32 r = 0; r < order.size(); ++r)
        rank[order[r]] = r;
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
    m_transaction.reset();
    m_foreignKeysOff.reset();
    std::vector<Row>().swap(m_rows);
    std::vector<BlockList<Row>>().swap(m_byMonth);
    m_rowMemory.clear();
    m_candidates.clear();
}

void BatchWriter::fail(const QString& message)
{
    if (m_result.outcome)
        m_result.outcome = Outcome::failure(message);
}

QString BatchWriter::tooManyMetrics()
{
    return QCoreApplication::translate("Import",
        "The file names more than %1 different metrics, so it is not a usage export "
        "Stuurboord can keep. Nothing was imported.")
        .arg(QLocale().toString(metricLimit));
}

QString BatchWriter::tooManyDimensions(qint64 line)
{
    return QCoreApplication::translate("Import",
        "The file has more than %1 different sites, departments or other dimensions "
        "(line %2). Stuurboord keeps usage per site or department, not per page or "
        "person. Nothing was imported.")
        .arg(QLocale().toString(dimensionLimit))
        .arg(line);
}

Outcome BatchWriter::begin()
{
    // A workspace that refuses changes (a viewer of a team workspace, a damaged file) says
    // why before anything is read for writing.
    if (!m_workspace.writeRefusal().isEmpty()) {
        fail(m_workspace.writeRefusal());
        return m_result.outcome;
    }
    QSqlDatabase db = m_workspace.database();
    const bool file = !PostgresSpecifics::isPostgres(db);
    if (!file) {
        // Two people importing into one team workspace at once would each settle overlaps
        // against figures the other is changing: one import at a time, and the second is
        // told whose runs. The turn is held until this import's transaction ends.
        m_transaction = std::make_unique<Transaction>(db);
        QString holder;
        if (!PostgresSpecifics::takeImportTurn(db, &holder)) {
            m_transaction.reset();
            fail(holder.isEmpty()
                    ? QCoreApplication::translate("Import",
                          "Someone else is importing into this team workspace right now. Nothing "
                          "was imported; try again when their import is done.")
                    : QCoreApplication::translate("Import",
                          "Someone else is importing into this team workspace right now (%1). "
                          "Nothing was imported; try again when their import is done.")
                          .arg(holder));
            return m_result.outcome;
        }
    }
    if (!m_batch.sha256.isEmpty() && importedBefore()) {
        m_transaction.reset();
        return m_result.outcome;
    }
    // Every reference the import writes is a metric it just looked up or created and its
    // own batch, in this same transaction; checking both for each of a million rows costs
    // a fifth of the write. SQLite switches enforcement only outside a transaction, so when
    // the caller has one open the checks simply stay on. abandon() switches them back.
    if (file) {
        m_foreignKeysOff.emplace(db);
        m_transaction = std::make_unique<Transaction>(db);
        m_writeBack.emplace(db);
    }
    for (const Metric& metric : m_workspace.repository<Metric>().all())
        m_metricIds.insert(metric.key, metric.id);
    // Which metric-months the workspace already has: only figures for those can overlap.
    // The table is clustered on (month, metric, …), so this reads it in order, once, and
    // finds the highest id on the way.
    QSqlQuery earlier(db);
    earlier.setForwardOnly(true);
    if (earlier.exec(QStringLiteral(
            "SELECT period, metric_id, MAX(id) FROM observation GROUP BY period, metric_id"))) {
        while (earlier.next()) {
            m_earlierMonths.insert({earlier.value(1).toLongLong(), earlier.value(0).toString()});
            m_firstId = std::max(m_firstId, earlier.value(2).toLongLong() + 1);
        }
    }
    // Replaced figures keep their ids so that they can come back; new ones never take them.
    if (earlier.exec(QStringLiteral("SELECT MAX(id) FROM replaced_observation")) && earlier.next())
        m_firstId = std::max(m_firstId, earlier.value(0).toLongLong() + 1);

    ImportBatch batch;
    batch.fileName = m_batch.fileName;
    // A batch begun before its digest is known holds a placeholder until identify(); it
    // never commits without the digest (finish()).
    batch.sha256 = m_batch.sha256.isEmpty() ? QStringLiteral("pending")
                                            : QString::fromLatin1(m_batch.sha256);
    batch.profileName = m_batch.profileName;
    batch.importedAt = QDateTime::currentDateTimeUtc();
    if (const Outcome added = m_workspace.repository<ImportBatch>().add(batch); !added) {
        fail(added.message());
        return m_result.outcome;
    }
    m_batchId = batch.id;
    return m_result.outcome;
}

bool BatchWriter::importedBefore()
{
    if (m_batch.force)
        return false;
    for (const ImportBatch& earlier : m_workspace.repository<ImportBatch>().where(
             QStringLiteral("sha256"), QString::fromLatin1(m_batch.sha256))) {
        if (earlier.id == m_batchId)
            continue;
        m_result.alreadyImported = true;
        fail(QCoreApplication::translate("Import",
            "This file was already imported on %1 (%2). Nothing was imported "
            "again; import it anyway if that is what you want.")
                .arg(earlier.importedAt.toLocalTime().toString(Qt::ISODate), earlier.fileName));
        return true;
    }
    return false;
}

void BatchWriter::identify(const QByteArray& sha256)
{
    if (!m_result.outcome || !m_batch.sha256.isEmpty())
        return;
    if (sha256.isEmpty()) {
        fail(QCoreApplication::translate("Import", "The import could not be saved."));
        abandon();
        return;
    }
    m_batch.sha256 = sha256;
    if (!importedBefore())
        return;
    abandon();
    m_result.written = 0;
}

qint64 BatchWriter::metricId(const ObservationDraft& draft)
{
    if (const qint64* known = m_recentMetrics.find(draft.metricKey))
        return *known;
    auto it = m_metricIds.constFind(draft.metricKey);
    if (it == m_metricIds.cend() && m_metricIds.size() >= metricLimit) {
        fail(tooManyMetrics());
        return 0;
    }
    if (it == m_metricIds.cend()) {
        Metric metric;
        metric.key = draft.metricKey;
        metric.name = draft.nameForNewMetric();
        metric.aggregation = enumFromKey(draft.aggregation, Aggregation::Sum);
        metric.unit = enumFromKey(draft.unit, MetricUnit::Count);
        if (MetricKeys::countsPeople(metric.key) && metric.aggregation != Aggregation::Last) {
            metric.aggregation = Aggregation::Max;
            metric.description = MetricKeys::peopleRule();
        }
        if (const Outcome added = m_workspace.repository<Metric>().add(metric); !added) {
            fail(added.message());
            return 0;
        }
        it = m_metricIds.insert(metric.key, metric.id);
    }
    m_recentMetrics.remember(draft.metricKey, *it);
    return *it;
}

void BatchWriter::figure(ObservationDraft&& draft)
{
    if (!m_result.outcome || !m_transaction)
        return;
    const qint64 metric = metricId(draft);
    if (!m_result.outcome)
        return;
    const quint32 dimension = dimensionOf(draft.dimension, draft.line);
    if (!m_result.outcome)
        return;
    keep(metric, m_months.of(draft.month), dimension, draft.windowStart, draft.windowEnd,
        draft.value, draft.line);
}

void BatchWriter::codedFigures(const std::vector<CodedFigure>& figures, const QList<QString>& texts)
{
    if (!m_result.outcome || !m_transaction)
        return;
    const size_t known = size_t(texts.size());
    if (m_metricOfCode.size() < known) {
        m_metricOfCode.resize(known, -1);
        m_monthOfCode.resize(known, -1);
        m_dimensionOfCode.resize(known, -1);
    }
    for (const CodedFigure& coded : figures) {
        qint64& metric = m_metricOfCode[coded.metricKey];
        if (metric < 0) {
            metric = metricId(ObservationDraft{texts.at(coded.metricKey),
                texts.at(coded.metricLabel), texts.at(coded.aggregation), QString(), QDate(),
                QDate(), QString(), 0, coded.line, coded.labelChosen, texts.at(coded.unit)});
            if (!m_result.outcome)
                return;
        }
        qint64& month = m_monthOfCode[coded.month];
        if (month < 0)
            month = m_months.of(texts.at(coded.month));
        qint64& dimension = m_dimensionOfCode[coded.dimension];
        if (dimension < 0) {
            dimension = dimensionOf(texts.at(coded.dimension), coded.line);
            if (!m_result.outcome)
                return;
        }
        keep(metric, quint32(month), quint32(dimension), coded.windowStart, coded.windowEnd,
            coded.value, coded.line);
        if (!m_result.outcome)
            return;
    }
}

quint32 BatchWriter::dimensionOf(const QString& text, int line)
{
    const quint32 dimension = m_dimensions.of(text);
    if (m_dimensions.utf8.size() > dimensionLimit)
        fail(tooManyDimensions(line));
    return dimension;
}

// One figure into the rows not yet written.
void BatchWriter::keep(qint64 metric, quint32 month, quint32 dimension, const QDate& start,
    const QDate& end, double value, int line)
{
    if (metric <= 0 || metric > std::numeric_limits<quint32>::max()
        || m_seq == std::numeric_limits<quint32>::max()) {
        fail(QCoreApplication::translate("Import", "Line %1 could not be saved: %2")
                 .arg(line)
                 .arg(QCoreApplication::translate("Import", "the file holds too many figures")));
        return;
    }
    if (month != m_month || m_rows.empty())
        monthChanged(month);
    const Row row{month, quint32(metric), dimension, dayOf(start), dayOf(end), m_seq++, value};
    if (m_bucketed && month < m_byMonth.size())
        m_byMonth[month].push_back(row);
    else
        m_rows.push_back(row);
    ++m_result.written;
}

// Rows of months before this one are written as a block once there are enough of them,
// as long as the file has only gone forward in time: then no later row belongs to them
// and the block goes at the end of the table. A file that goes back stops that; its
// remaining rows are written in one sorted block by finish().
void BatchWriter::monthChanged(quint32 month)
{
    m_month = month;
    if (!m_streaming) {
        if (m_bucketed && month >= m_byMonth.size())
            keepByMonth();
        return;
    }
    const QByteArray& text = m_months.utf8.at(qsizetype(month));
    if (!m_latestMonth.isNull() && text <= m_latestMonth) {
        m_streaming = m_rows.empty() && text == m_latestMonth;
        if (!m_streaming)
            keepByMonth();
        return;
    }
    m_latestMonth = text;
    constexpr size_t blockRows = 16384; // worth a statement, small enough to overlap
    if (m_rows.size() >= blockRows)
        flush();
}

void BatchWriter::reject(int line, const QString& reason)
{
    Q_UNUSED(line)
    Q_UNUSED(reason)
    ++m_rejected;
}

// Rows of a file that goes back in time wait in one bucket per month (m_byMonth) instead of
// one list: at the end each month is sorted on its own, on a second core, while SQLite
// writes the month before it (writeByMonth). A file naming more months than that suits
// (years typed wrong) keeps one list.
void BatchWriter::keepByMonth()
{
    constexpr size_t maxBuckets = 4096;
    if (!m_bucketed && m_months.utf8.size() <= qsizetype(maxBuckets)) {
        m_bucketed = true;
        m_byMonth.assign(maxBuckets, BlockList<Row>(&m_rowMemory));
        for (const Row& row : m_rows)
            m_byMonth[row.month].push_back(row);
        std::vector<Row>().swap(m_rows);
        return;
    }
    if (m_bucketed) {
        // Bucket by bucket, so rows of one month stay in the order they came in.
        for (BlockList<Row>& bucket : m_byMonth)
            bucket.moveTo(m_rows);
        std::vector<BlockList<Row>>().swap(m_byMonth);
        m_rowMemory.clear();
        m_bucketed = false;
    }
}

bool BatchWriter::packableKeys() const
{
    return m_months.rank.size() <= 0xFFFF
        && std::all_of(
            m_metricIds.cbegin(), m_metricIds.cend(), [](qint64 id) { return id <= 0xFFFF; });
}

// Puts the rows in the order of the table's key, (period, metric_id, dimension, id), so
// that every insert lands right after the previous one. Reads only the ranks (brought up
// to date before) and the rows given: writeByMonth() runs it on a second thread.
void BatchWriter::sortRows(std::vector<Row>& rows, bool packable, SortSpace& space) const
{
    const std::vector<quint32>& months = m_months.rank;
    const std::vector<quint32>& dimensions = m_dimensions.rank;
    if (!packable) {
        std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
            return std::tuple(months[a.month], a.metric, dimensions[a.dimension], a.seq)
                < std::tuple(months[b.month], b.metric, dimensions[b.dimension], b.seq);
        });
        return;
    }
    // The usual case: month, metric and dimension fit one 64-bit number, sorted a byte at
    // a time (radix sort), and only on the bytes that differ within the block: a few passes
    // over the block instead of a comparison sort, which took as long as the write itself.
    // Each pass keeps the order of equal keys, and the rows came in file order, so within a
    // key they stay in file order (the order of their ids).
    using Keyed = SortSpace::Keyed;
    const size_t count = rows.size();
    std::vector<Keyed>& keyed = space.keyed;
    keyed.resize(count);
    quint64 differing = 0;
    for (size_t i = 0; i < count; ++i) {
        const Row& row = rows[i];
        keyed[i] = {quint64(months[row.month]) << 48 | quint64(row.metric) << 32
                | dimensions[row.dimension],
            quint32(i)};
        differing |= keyed[i].key ^ keyed[0].key;
    }
    std::vector<Keyed>& spare = space.spare;
    spare.resize(count);
    for (int shift = 0; shift < 64; shift += 8) {
        if (((differing >> shift) & 0xFF) == 0)
            continue;
        std::array<size_t, 257> starts{};
        for (const Keyed& k : keyed)
            ++starts[((k.key >> shift) & 0xFF) + 1];
        for (size_t b = 1; b < starts.size(); ++b)
            starts[b] += starts[b - 1];
        for (const Keyed& k : keyed)
            spare[starts[(k.key >> shift) & 0xFF]++] = k;
        keyed.swap(spare);
    }
    // The rows move into that order in place, one cycle of the permutation at a time: a
    // sorted copy would double the memory a file in another order than by date needs.
    for (size_t i = 0; i < count; ++i) {
        if (keyed[i].row == i)
            continue;
        const Row first = rows[i];
        size_t at = i;
        for (;;) {
            const size_t from = keyed[at].row;
            keyed[at].row = quint32(at);
            if (from == i) {
                rows[at] = first;
                break;
            }
            rows[at] = rows[from];
            at = from;
        }
    }
}

// The sorted rows of a block as SQLite reads them.
class BatchWriter::Rows final : public SqliteRowFeed::Source
{
public:
    Rows(const BatchWriter& writer, const std::vector<Row>& rows)
        : m_rows(rows)
        , m_months(writer.m_months.utf8)
        , m_dimensions(writer.m_dimensions.utf8)
        , m_firstId(writer.m_firstId)
    {
        qint32 first = std::numeric_limits<qint32>::max();
        qint32 last = std::numeric_limits<qint32>::min();
        for (const Row& row : m_rows) {
            for (const qint32 day : {row.start, row.end}) {
                if (day != kNoDay) {
                    first = std::min(first, day);
                    last = std::max(last, day);
                }
            }
        }
        m_days.prepare(first, last);
    }

    bool next(SqliteRowFeed::Value* values) override
    {
        if (m_next >= m_rows.size())
            return false;
        const Row& row = m_rows[m_next++];
        const QByteArray& month = m_months.at(qsizetype(row.month));
        const QByteArray& dimension = m_dimensions.at(qsizetype(row.dimension));
        values[0] = SqliteRowFeed::Value::ofInteger(m_firstId + row.seq);
        values[1] = SqliteRowFeed::Value::ofInteger(row.metric);
        values[2] = SqliteRowFeed::Value::ofText(month.constData(), int(month.size()));
        values[3] = SqliteRowFeed::Value::ofText(dimension.constData(), int(dimension.size()));
        values[4] = dayValue(row.start, m_spareStart);
        values[5] = dayValue(row.end, m_spareEnd);
        values[6] = SqliteRowFeed::Value::ofReal(row.value);
        return true;
    }

private:
    SqliteRowFeed::Value dayValue(qint32 day, QByteArray& spare)
    {
        if (day == kNoDay)
            return {};
        const QByteArrayView text = m_days.text(day, spare);
        return SqliteRowFeed::Value::ofText(text.data(), int(text.size()));
    }

    const std::vector<Row>& m_rows;
    const QList<QByteArray>& m_months;
    const QList<QByteArray>& m_dimensions;
    const qint64 m_firstId;
    DayTexts m_days;
    QByteArray m_spareStart;
    QByteArray m_spareEnd;
    size_t m_next = 0;
};

// Writes the rows kept so far, in key order.
bool BatchWriter::flush()
{
    if (!m_result.outcome)
        return false;
    m_months.updateRanks();
    m_dimensions.updateRanks();
    if (m_bucketed)
        return writeByMonth();
    if (m_rows.empty())
        return true;
    sortRows(m_rows, packableKeys(), m_sortSpace);
    if (!writeSorted(m_rows))
        return false;
    m_rows.clear();
    return true;
}

// Sorts month after month on a second thread (the reader's core is free by now) while
// this one writes the month sorted before: the sort takes no time of its own. Three months
// take turns in the same three buffers (one written, one sorted and waiting, one being
// sorted), so that their memory is used again instead of fresh for every month.
bool BatchWriter::writeByMonth()
{
    for (const Row& row : m_rows)
        m_byMonth[row.month].push_back(row);
    m_rows.clear();
    std::vector<quint32> order;
    for (quint32 month = 0; month < m_byMonth.size(); ++month) {
        if (!m_byMonth[month].empty())
            order.push_back(month);
    }
    std::sort(order.begin(), order.end(),
        [this](quint32 a, quint32 b) { return m_months.rank[a] < m_months.rank[b]; });
    const bool packable = packableKeys();
    constexpr size_t inTurn = 3;
    std::array<std::vector<Row>, inTurn> months;
    std::mutex mutex;
    std::condition_variable changed;
    size_t sorted = 0; // months of `order` ready to write
    size_t done = 0; // months of `order` written, their buffer free again
    bool stop = false;
    std::thread sorter([&] {
        SortSpace space;
        for (size_t k = 0; k < order.size(); ++k) {
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || k < done + inTurn; });
                if (stop)
                    return;
            }
            const auto began = std::chrono::steady_clock::now();
            std::vector<Row>& rows = months[k % inTurn];
            rows.clear();
            m_byMonth[order[k]].moveTo(rows);
            sortRows(rows, packable, space);
            ImportPhases::addSince("sorting (second core)", began);
            std::lock_guard lock(mutex);
            sorted = k + 1;
            changed.notify_all();
        }
    });
    bool written = true;
    for (size_t k = 0; k < order.size() && written; ++k) {
        const auto began = std::chrono::steady_clock::now();
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return sorted > k; });
        }
        ImportPhases::addSince("waiting for the sort", began);
        written = writeSorted(months[k % inTurn]);
        std::lock_guard lock(mutex);
        done = k + 1;
        changed.notify_all();
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
        changed.notify_all();
    }
    sorter.join();
    std::vector<BlockList<Row>>().swap(m_byMonth);
    m_rowMemory.clear();
    m_bucketed = false;
    return written;
}

// A team workspace takes the rows through COPY (PostgresCopyIn), the same values the
// SQLite statement reads from stuurboord_rows, and the batch in the last column.
bool BatchWriter::copyIntoTeamWorkspace(SqliteRowFeed::Source& rows)
{
    // A block goes first into a staging table without keys (COPY at full speed, nothing
    // checked), then into observation in one statement, in key order, where the server
    // checks the key and the references set-wise. The staging table lives as long as the
    // import's transaction.
    QSqlDatabase db = m_workspace.database();
    const QString columns = QStringLiteral(
        "id, metric_id, period, dimension, window_start, window_end, value, batch_id");
    QSqlQuery stage(db);
    const auto run = [&](const QString& statement) {
        if (stage.exec(statement))
            return true;
        fail(QCoreApplication::translate("Import", "The figures could not be saved: %1")
                 .arg(stage.lastError().databaseText()));
        return false;
    };
    return run(QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS stuurboord_staging AS SELECT "
                              "%1 FROM observation WITH NO DATA")
                   .arg(columns))
        && run(QStringLiteral("TRUNCATE stuurboord_staging")) && copyIntoStaging(rows)
        && run(QStringLiteral("INSERT INTO observation (%1) SELECT %1 FROM stuurboord_staging "
                              "ORDER BY period, metric_id, dimension, id")
                   .arg(columns));
}

bool BatchWriter::copyIntoStaging(SqliteRowFeed::Source& rows)
{
    PostgresCopyIn copy(m_workspace.database(), QStringLiteral("stuurboord_staging"),
        {QStringLiteral("id"), QStringLiteral("metric_id"), QStringLiteral("period"),
            QStringLiteral("dimension"), QStringLiteral("window_start"), QStringLiteral("window_end"),
            QStringLiteral("value"), QStringLiteral("batch_id")});
    std::array<SqliteRowFeed::Value, SqliteRowFeed::columnCount> values;
    QVariantList row;
    bool written = copy.isOpen();
    while (written && rows.next(values.data())) {
        row.clear();
        for (int i = 0; i < 7; ++i) {
            const SqliteRowFeed::Value& value = values[size_t(i)];
            switch (value.type) {
            case SqliteRowFeed::Value::Type::Null: row << QVariant(); break;
            case SqliteRowFeed::Value::Type::Integer: row << value.integer; break;
            case SqliteRowFeed::Value::Type::Real: row << value.real; break;
            case SqliteRowFeed::Value::Type::Text: row << QString::fromUtf8(value.text, value.size); break;
            }
        }
        row << m_batchId;
        written = copy.add(row);
    }
    if (written && copy.finish())
        return true;
    fail(QCoreApplication::translate("Import", "The figures could not be saved: %1").arg(copy.error()));
    return false;
}

// Writes rows already in key order as one statement.
bool BatchWriter::writeSorted(const std::vector<Row>& sortedRows)
{
    // Keys whose metric-month the workspace had before: finish() looks whether an earlier
    // import has figures for them.
    for (size_t i = 0; i < sortedRows.size();) {
        const Row& first = sortedRows[i];
        size_t end = i;
        while (end < sortedRows.size() && sortedRows[end].month == first.month
            && sortedRows[end].metric == first.metric)
            ++end;
        recordCoverage(&sortedRows[i], sortedRows.data() + end);
        const QString month = QString::fromUtf8(m_months.utf8.at(qsizetype(first.month)));
        if (m_earlierMonths.contains({qint64(first.metric), month})) {
            for (size_t j = i; j < end; ++j) {
                if (j == i || sortedRows[j - 1].dimension != sortedRows[j].dimension)
                    m_candidates.push_back({first.month, first.metric, sortedRows[j].dimension});
            }
        }
        i = end;
    }
    Rows rows(*this, sortedRows);
    QString error;
    if (PostgresSpecifics::isPostgres(m_workspace.database()))
        return copyIntoTeamWorkspace(rows);
    // The batch is the same for every row: a number in the statement costs SQLite nothing
    // per row, a column of the rows would.
    const QByteArray insert = "INSERT INTO observation (id, metric_id, period, dimension, "
                              "window_start, window_end, value, batch_id) SELECT c0, c1, c2, "
                              "c3, c4, c5, c6, "
        + QByteArray::number(m_batchId) + " FROM stuurboord_rows(?1)";
    if (!SqliteRowFeed::run(m_workspace.database(), insert.constData(), rows, &error)) {
        fail(
            QCoreApplication::translate("Import", "The figures could not be saved: %1").arg(error));
        return false;
    }
    // The block's pages SQLite has let go of so far start on their way to the disk now,
    // beside the next block, instead of all at the commit.
    if (m_writeBack)
        m_writeBack->start();
    return true;
}

// The days of its month one metric-month's rows cover, added to what earlier blocks found.
void BatchWriter::recordCoverage(const Row* first, const Row* end)
{
    constexpr qint64 none = std::numeric_limits<qint64>::min();
    const auto julian = [](qint32 day) { return day == kNoDay ? none : qint64(day); };
    while (m_monthStarts.size() <= first->month)
        m_monthStarts.emplace_back(none, 0);
    std::pair<qint64, int>& start = m_monthStarts[first->month];
    if (start.first == none) {
        const QDate day = QDate::fromString(
            QString::fromUtf8(m_months.utf8.at(qsizetype(first->month))) + QStringLiteral("-01"),
            Qt::ISODate);
        start = day.isValid() ? std::pair(day.toJulianDay(), day.daysInMonth()) : std::pair(none, 0);
        if (start.first == none)
            return;
    }
    const qint64 exported = m_batch.exportedOn.isValid() ? m_batch.exportedOn.toJulianDay() : none;
    quint32& days = m_coverage[quint64(first->metric) << 32 | first->month];
    // Rows of one window repeat their days: only a change of window needs working out.
    qint32 lastStart = kNoDay + 1;
    qint32 lastEnd = kNoDay + 1;
    for (const Row* row = first; row != end; ++row) {
        if (row->start == lastStart && row->end == lastEnd)
            continue;
        lastStart = row->start;
        lastEnd = row->end;
        days |= CoveredDays::ofJulian(
            start.first, start.second, julian(row->start), julian(row->end), exported);
    }
}

bool BatchWriter::writeCoverage()
{
    QSqlQuery insert(m_workspace.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO month_coverage (period, metric_id, batch_id, days) VALUES (?, ?, ?, ?)"));
    for (auto it = m_coverage.cbegin(); it != m_coverage.cend(); ++it) {
        insert.addBindValue(QString::fromUtf8(m_months.utf8.at(qsizetype(it.key() & 0xFFFFFFFF))));
        insert.addBindValue(qint64(it.key() >> 32));
        insert.addBindValue(m_batchId);
        insert.addBindValue(qint64(*it));
        if (!insert.exec()) {
            fail(QCoreApplication::translate("Import", "The import could not be saved."));
            return false;
        }
    }
    return true;
}

bool BatchWriter::writeNotes()
{
    QSqlQuery insert(m_workspace.database());
    insert.prepare(QStringLiteral("INSERT INTO annotation (date, kind, title, description, "
                                  "batch_id) VALUES (?, 'other', ?, ?, ?)"));
    for (const ImportNote& note : std::as_const(m_notes)) {
        // The title is what a chart can show; the whole note stays in the description.
        const QString text = note.text.trimmed();
        QString title = text.section(u'\n', 0, 0).trimmed();
        if (title.size() > 80)
            title = title.left(79).trimmed() + QChar(0x2026);
        insert.addBindValue(note.date.toString(Qt::ISODate));
        insert.addBindValue(title);
        insert.addBindValue(QString(text + QStringLiteral("\n\n")
            + QCoreApplication::translate("Import", "From %1, line %2, column “%3”.")
                  .arg(m_batch.fileName)
                  .arg(note.line)
                  .arg(note.column)));
        insert.addBindValue(m_batchId);
        if (!insert.exec()) {
            fail(QCoreApplication::translate("Import", "The import could not be saved."));
            return false;
        }
        ++m_result.notes;
    }
    return true;
}

BatchWriter::Meeting BatchWriter::meetsEarlier(const Candidate& key)
{
    const QString month = QString::fromUtf8(m_months.utf8.at(qsizetype(key.month)));
    const quint32 mine = m_coverage.value(quint64(key.metric) << 32 | key.month);
    QSqlQuery earlier(m_workspace.database());
    earlier.setForwardOnly(true);
    earlier.prepare(QStringLiteral(
        "SELECT DISTINCT o.batch_id, c.days FROM observation o LEFT JOIN month_coverage c ON "
        "c.period = o.period AND c.metric_id = o.metric_id AND c.batch_id = o.batch_id "
        "WHERE o.period = ? AND o.metric_id = ? AND (o.batch_id IS NULL OR o.batch_id <> ?)"));
    earlier.addBindValue(month);
    earlier.addBindValue(qint64(key.metric));
    earlier.addBindValue(m_batchId);
    if (!earlier.exec())
        return Meeting::SameDays;
    quint32 theirs = 0;
    while (earlier.next()) {
        // Figures without a record (typed in, imported before schema 6) count as whole.
        theirs |= earlier.value(1).isNull() ? CoveredDays::whole(month)
                                            : quint32(earlier.value(1).toLongLong());
    }
    if ((theirs & mine) == 0)
        return Meeting::OtherDays;
    if (!CoveredDays::isWhole(month, theirs) && (theirs & ~mine) == 0)
        return Meeting::Completes;
    return Meeting::SameDays;
}

bool BatchWriter::settleOverlaps()
{
    if (m_candidates.empty())
        return true;
    std::sort(m_candidates.begin(), m_candidates.end());
    m_candidates.erase(std::unique(m_candidates.begin(), m_candidates.end()), m_candidates.end());
    // Never a null string: bound to a query, that would be NULL, not ''.
    const auto text = [](const QByteArray& utf8) {
        return utf8.isEmpty() ? QStringLiteral("") : QString::fromUtf8(utf8);
    };
    // Of this batch's keys whose metric-month the workspace had, those an earlier import
    // has figures for with the same dimension.
    QSqlDatabase db = m_workspace.database();
    QSqlQuery earlier(db);
    earlier.prepare(QStringLiteral("SELECT DISTINCT dimension FROM observation WHERE period = ? "
                                   "AND metric_id = ? AND (batch_id IS NULL OR batch_id <> ?)"));
    std::vector<Candidate> clashes;
    for (size_t i = 0; i < m_candidates.size();) {
        const Candidate& first = m_candidates[i];
        size_t end = i;
        while (end < m_candidates.size() && m_candidates[end].month == first.month
            && m_candidates[end].metric == first.metric)
            ++end;
        earlier.addBindValue(text(m_months.utf8.at(qsizetype(first.month))));
        earlier.addBindValue(qint64(first.metric));
        earlier.addBindValue(m_batchId);
        QSet<QByteArray> there;
        if (earlier.exec()) {
            while (earlier.next())
                there.insert(earlier.value(0).toString().toUtf8());
        }
        for (size_t j = i; j < end; ++j) {
            if (there.contains(m_dimensions.utf8.at(qsizetype(m_candidates[j].dimension))))
                clashes.push_back(m_candidates[j]);
        }
        i = end;
    }
    if (clashes.empty())
        return true;
    // A partial month (a file exported on the 10th) is completed by a later file covering
    // those days and more, without asking: that is what the coordinator waited for.
    // Figures for other days of the month than the earlier ones (the second half of a
    // month) are no overlap at all.
    std::vector<Candidate> completing;
    std::vector<Candidate> asked;
    std::optional<std::pair<Candidate, Meeting>> last; // one answer per metric-month
    for (const Candidate& key : clashes) {
        if (!last || last->first.month != key.month || last->first.metric != key.metric)
            last = std::pair(key, meetsEarlier(key));
        if (last->second == Meeting::Completes)
            completing.push_back(key);
        else if (last->second == Meeting::SameDays)
            asked.push_back(key);
    }
    if (completing.empty() && asked.empty())
        return true;
    const auto monthOf
        = [&](const Candidate& key) { return text(m_months.utf8.at(qsizetype(key.month))); };
    const auto dimensionOf = [&](const Candidate& key) {
        return text(m_dimensions.utf8.at(qsizetype(key.dimension)));
    };
    // Named as the coordinator knows the metrics, not by their keys.
    QHash<qint64, QString> names;
    for (const Metric& metric : m_workspace.repository<Metric>().all())
        names.insert(metric.id, metric.name);
    for (const Candidate& key : completing) {
        const QString named = QStringLiteral("%1 %2").arg(names.value(key.metric), monthOf(key));
        if (!m_result.completed.contains(named))
            m_result.completed << named;
    }
    if (m_batch.overlap == Overlap::Ask && !asked.empty()) {
        for (const Candidate& key : asked) {
            const QString dimension = dimensionOf(key);
            m_result.overlaps << (dimension.isEmpty()
                    ? QStringLiteral("%1 %2").arg(names.value(key.metric), monthOf(key))
                    : QStringLiteral("%1 %2 (%3)")
                          .arg(names.value(key.metric), monthOf(key), dimension));
        }
        m_result.overlaps.sort();
        fail(QCoreApplication::translate("Import",
            "The workspace already has figures for %1 of the metric-months in this "
            "file, for example %2. Choose whether to replace them or to skip "
            "those rows; nothing was imported.")
                 .arg(asked.size())
                 .arg(m_result.overlaps.first()));
        return false;
    }
    if (PostgresSpecifics::isPostgres(db))
        return settleInTeamWorkspace(completing, asked);
    // Replace moves the earlier figures aside (removing this import brings them back);
    // Skip removes this batch's own.
    QSqlQuery keep(db);
    keep.prepare(QStringLiteral(
        "INSERT INTO replaced_observation (id, metric_id, period, window_start, window_end, "
        "dimension, value, batch_id, replaced_by) SELECT id, metric_id, period, window_start, "
        "window_end, dimension, value, batch_id, %1 FROM observation WHERE period = ? AND "
        "metric_id = ? AND dimension = ? AND (batch_id IS NULL OR batch_id <> ?)")
                     .arg(m_batchId));
    const QString replacing = QStringLiteral("DELETE FROM observation WHERE period = ? AND "
                                             "metric_id = ? AND dimension = ? AND (batch_id IS "
                                             "NULL OR batch_id <> ?)");
    QSqlQuery replace(db);
    replace.prepare(replacing);
    QSqlQuery remove(db);
    remove.prepare(m_batch.overlap == Overlap::Replace
            ? replacing
            : QStringLiteral("DELETE FROM observation WHERE period = ? AND metric_id = ? AND "
                             "dimension = ? AND batch_id = ?"));
    // Both statements find the figures of one metric-month-dimension, this batch's or not.
    const auto run = [&](QSqlQuery& statement, const Candidate& key) {
        statement.addBindValue(monthOf(key));
        statement.addBindValue(qint64(key.metric));
        statement.addBindValue(dimensionOf(key));
        statement.addBindValue(m_batchId);
        if (statement.exec())
            return true;
        fail(QCoreApplication::translate("Import", "The import could not be saved."));
        return false;
    };
    for (const Candidate& key : completing) {
        if (!run(keep, key) || !run(replace, key))
            return false;
        m_result.replaced += replace.numRowsAffected();
    }
    if (m_batch.overlap == Overlap::Ask)
        return true;
    for (const Candidate& key : asked) {
        if ((m_batch.overlap == Overlap::Replace && !run(keep, key)) || !run(remove, key))
            return false;
        (m_batch.overlap == Overlap::Replace ? m_result.replaced : m_result.skipped)
            += remove.numRowsAffected();
    }
    if (m_batch.overlap == Overlap::Skip)
        m_result.written -= m_result.skipped;
    return true;
}

bool BatchWriter::settleInTeamWorkspace(
    const std::vector<Candidate>& completing, const std::vector<Candidate>& asked)
{
    QSqlDatabase db = m_workspace.database();
    const bool replaceAsked = m_batch.overlap == Overlap::Replace;
    if (m_batch.overlap == Overlap::Ask && completing.empty())
        return true;
    const auto saved = [this](const QString& detail) {
        fail(QCoreApplication::translate("Import", "The import could not be saved.")
            + QLatin1Char(' ') + detail);
        return false;
    };
    // Which keys, and per key whether earlier figures go aside (replace, completing) or this
    // batch's own go (skip). A temporary table lives as long as this transaction.
    QSqlQuery statement(db);
    const auto run = [&](const QString& sql) {
        return statement.exec(sql) || saved(statement.lastError().databaseText());
    };
    if (!run(QStringLiteral("CREATE TEMPORARY TABLE stuurboord_settle (period TEXT, metric_id "
                            "BIGINT, dimension TEXT, earlier_aside INTEGER) ON COMMIT DROP")))
        return false;
    {
        PostgresCopyIn keys(db, QStringLiteral("stuurboord_settle"),
            {QStringLiteral("period"), QStringLiteral("metric_id"), QStringLiteral("dimension"),
                QStringLiteral("earlier_aside")});
        bool sent = keys.isOpen();
        const auto send = [&](const Candidate& key, bool aside) {
            sent = sent
                && keys.add({QString::fromUtf8(m_months.utf8.at(qsizetype(key.month))),
                    qint64(key.metric), QString::fromUtf8(m_dimensions.utf8.at(qsizetype(key.dimension))),
                    aside ? 1 : 0});
        };
        for (const Candidate& key : completing)
            send(key, true);
        if (m_batch.overlap != Overlap::Ask) {
            for (const Candidate& key : asked)
                send(key, replaceAsked);
        }
        if (!sent || !keys.finish())
            return saved(keys.error());
    }
    const QString same = QStringLiteral("k.period = o.period AND k.metric_id = o.metric_id AND "
                                        "k.dimension = o.dimension");
    const QString batch = QString::number(m_batchId);
    // Earlier figures of the keys that replace them move aside, then go.
    if (!run(QStringLiteral(
            "INSERT INTO replaced_observation (id, metric_id, period, window_start, window_end, "
            "dimension, value, batch_id, replaced_by) SELECT o.id, o.metric_id, o.period, "
            "o.window_start, o.window_end, o.dimension, o.value, o.batch_id, %1 FROM observation o "
            "JOIN stuurboord_settle k ON %2 WHERE k.earlier_aside = 1 AND (o.batch_id IS NULL OR "
            "o.batch_id <> %1)")
                 .arg(batch, same)))
        return false;
    if (!run(QStringLiteral(
            "DELETE FROM observation o WHERE (o.batch_id IS NULL OR o.batch_id <> %1) AND EXISTS "
            "(SELECT 1 FROM stuurboord_settle k WHERE k.earlier_aside = 1 AND %2)")
                 .arg(batch, same)))
        return false;
    m_result.replaced += statement.numRowsAffected();
    if (m_batch.overlap != Overlap::Skip)
        return true;
    // Skip: this batch's own figures of the asked keys go.
    if (!run(QStringLiteral(
            "DELETE FROM observation o WHERE o.batch_id = %1 AND EXISTS (SELECT 1 FROM "
            "stuurboord_settle k WHERE k.earlier_aside = 0 AND %2)")
                 .arg(batch, same)))
        return false;
    m_result.skipped += statement.numRowsAffected();
    m_result.written -= m_result.skipped;
    return true;
}

BatchWriter::Result BatchWriter::finish()
{
    if (m_result.outcome && m_result.written == 0 && m_notes.isEmpty()) {
        fail(QCoreApplication::translate(
            "Import", "The file holds no figures that can be imported."));
    }
    const bool flushed = m_result.outcome && m_transaction && flush();
    ImportPhases::mark("written");
    // A file imported before is told as such, not as figures that overlap themselves.
    if (flushed && m_batch.sha256.isEmpty() && m_digest) {
        identify(m_digest());
        ImportPhases::mark("hashed");
        if (!m_result.outcome)
            return m_result;
    }
    if (!flushed || !settleOverlaps() || !writeCoverage() || !writeNotes()) {
        abandon();
        return m_result;
    }
    ImportPhases::mark("settled");
    m_months.updateRanks();
    for (qsizetype i = 0; i < m_months.utf8.size(); ++i) {
        if (m_months.rank[size_t(i)] == 0)
            m_result.firstMonth = QString::fromUtf8(m_months.utf8.at(i));
        if (m_months.rank[size_t(i)] + 1 == m_months.rank.size())
            m_result.lastMonth = QString::fromUtf8(m_months.utf8.at(i));
    }
    std::optional<ImportBatch> batch = m_workspace.repository<ImportBatch>().get(m_batchId);
    if (!batch || m_batch.sha256.isEmpty()) {
        fail(QCoreApplication::translate("Import", "The import could not be saved."));
        abandon();
        return m_result;
    }
    batch->profileName = m_batch.profileName;
    batch->sha256 = QString::fromLatin1(m_batch.sha256);
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
    // A failed early write-back is told here or never (see EarlyWriteBack::finish).
    if (QString diskError; m_writeBack && !m_writeBack->finish(&diskError)) {
        fail(QCoreApplication::translate("Import",
            "The figures could not be written to the disk (%1). Nothing was imported.")
                 .arg(diskError));
        abandon();
        return m_result;
    }
    if (!m_transaction->commit()) {
        fail(QCoreApplication::translate("Import", "The import could not be saved."));
        abandon();
        return m_result;
    }
    m_result.batchId = m_batchId;
    abandon(); // nothing left to roll back: this switches foreign keys back on
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
