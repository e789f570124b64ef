#pragma once

#include "IsoDayIndex.h"
#include "ParsedDate.h"
#include "SourceProfile.h"
#include "TextIndex.h"

#include <optional>
#include <QHash>
#include <QList>

namespace stuurboord {

// The coordinator's own spreadsheet, as Dutch Excel saves it or with English headers:
// long format (date, metric, value[, dimension]: one figure per row) or wide format (one
// row per period, one column per metric). The header need not be on the first row.
// Whether 03-04-2026 is April or March, and whether 1.234 is a thousand, is decided for
// the whole column: from the first rows, and if a later row shows otherwise the file is
// read again with the corrected decision.
class SpreadsheetProfile : public SourceProfile
{
public:
    QString name() const override;
    // Reads dates in this order whatever the column shows (a saved profile says so); the
    // reason is shown as a decision.
    void fixDateOrder(DateOrder order, const QString& reason) { m_learnedOrder = {order, reason}; }
    int recognise(const ProfileInput& input, QString* reason) const override;
    bool begin(const ProfileInput& input, ImportSink& sink, QString* error) override;
    void take(const CsvRecord& record, ImportSink& sink) override;
    bool wantsSecondPass() const override { return m_secondPass; }

    // Matomo visits summaries have this shape too (a date column, one column per metric).
    static bool looksLikeMatomo(const QStringList& header);
    // A column named "Toelichting", "Opmerking", "Notes", "Comment", …: words beside the
    // figures, each an annotation on its month.
    static bool isNotesColumn(const QString& header);
    // "Metadata: is_aggregate", "Metadaten: …": Matomo's notes about a row, not figures.
    static bool isMetadata(const QString& header);

private:
    struct DateCell
    {
        ParsedDate date;
        QString month;
    };

    // The day a date cell names; a text not seen before first teaches the date order (see
    // learnDateOrder) unless that is decided.
    const DateCell& dateOf(const QString& text, int line);
    void forgetDates();
    // A metric name as written: its key and the unit its brackets name.
    struct Named
    {
        QString key;
        QString unit;
        double factor = 1;
        QString aggregation; // what the name says (MetricColumns::aggregationOf)
    };
    // The metric for a name as written, and that name as the cache keeps it.
    std::pair<const Named*, const QString*> metricKeyFor(const QString& name);
    const QString& dimensionOf(const QString& text);
    void learnDateOrder(const QString& text, int line);
    void learnConvention(int column, const QString& text, int line);

    QStringList m_header;
    MetricKeys m_keys;
    int m_dateColumn = -1;
    int m_metricColumn = -1;
    int m_valueColumn = -1;
    int m_dimensionColumn = -1;
    bool m_longFormat = false;
    QList<int> m_valueColumns;
    QList<int> m_noteColumns; // words beside the figures: annotations, not metrics

    DateOrder m_order = DateOrder::DayFirst;
    bool m_orderDecided = false;
    QList<NumberConvention> m_conventions; // by column
    QList<bool> m_conventionDecided; // by column
    // What a row after the head showed, kept for the second pass.
    std::optional<std::pair<DateOrder, QString>> m_learnedOrder;
    QHash<int, std::pair<NumberConvention, QString>> m_learnedConventions;
    bool m_secondPass = false;

    // Exports list a day's figures together: one parse per day. Points into m_dates (reset
    // whenever that is cleared): a copy would cost three string assignments a row in a file
    // sorted by page, whose day changes on every row.
    const TextIndex<DateCell>::Entry* m_lastDate = nullptr;
    TextIndex<DateCell> m_dates; // every day seen, for files in another order
    IsoDayIndex<TextIndex<DateCell>::Entry> m_isoDates; // the ISO ones of m_dates, by number
    QHash<QString, QString> m_months; // the month texts of m_dates, each once
    // Names and dimensions as written to what the figures carry. Figures get the cached
    // strings, not the record's, so the reader can reuse its buffers for the next row.
    TextIndex<Named> m_metricKeys; // metric names as written to their key
    TextIndex<QString> m_dimensions; // cells as written to their trimmed text, never null
    // The entry of m_dimensions the last row used (reset whenever that is cleared), by
    // address for the same reason as m_lastDate.
    const TextIndex<QString>::Entry* m_lastDimension = nullptr;
};

} // namespace stuurboord
