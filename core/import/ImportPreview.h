#pragma once

#include "ImportSink.h"
#include "ObservationDraft.h"
#include "RecentTexts.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <limits>
#include <vector>

namespace stuurboord {

// What an import will do, before it does it: which profile reads the file and why, the
// decisions taken on the way (encoding, separator, date order, number convention), a
// sample of the figures that will be written with their count, and the rows that will
// not, with their reason. It is filled row by row while the file streams past and keeps
// only samples and counts, so a million-row file previews in constant memory.
struct ImportPreview final : ImportSink
{
    static constexpr int sampleLimit = 500;
    static constexpr int rejectedLimit = 1000;

    QString path;
    QString fileName;
    QByteArray sha256; // hex
    QHash<QString, QString> options; // the user's answers (period, table, sheet, profile)
    QString profileName;
    QString profileReason;
    QStringList decisions;
    qint64 rowsRead = 0;
    qint64 figureCount = 0;
    QList<ObservationDraft> sample; // the first sampleLimit figures
    qint64 rejectedCount = 0;
    QList<RejectedRow> rejected; // the first rejectedLimit rejected rows
    qint64 leftOutCount = 0;
    QList<RejectedRow> leftOut; // the first rejectedLimit rows left out on purpose (totals)
    qint64 noteCount = 0;
    QList<ImportNote> notes; // the first rejectedLimit notes, each an annotation to be
    QString error; // the file cannot be read at all
    QHash<QString, QStringList> choices; // what the user can choose (see ImportSink::offer)
    QList<CsvRecord> headRecords; // the first rows as read, the header at headerIndex
    int headerIndex = -1;
    QHash<QString, QString> chosen; // what the runner chose itself, such as another sheet
    QDate exportedOn; // when the file was saved: days after it were not measured yet
    // Counts distinct dimensions up to the import's limit (a preview before the user
    // confirms); an import counts them itself.
    bool limitDimensions = false;
    qint64 tooManyDimensionsAt = 0; // the line past the limit, 0 while within it

    bool ok() const { return error.isEmpty(); }
    QStringList metrics() const;
    QStringList months() const;
    // "December 2026 is incomplete (1–10 December)" for each month the file covers only
    // in part, in month order.
    QStringList incompleteMonths() const;
    // The days of `month` the figures cover (CoveredDays bits).
    quint32 daysCovered(const QString& month) const;
    // Forgets what a first pass found (the runner reads the file again).
    void clearRows();

    void figure(ObservationDraft&& draft) override;
    void figureView(const FigureView& view) override { count(view); }
    // The same as figure(), for a figure that goes on to another sink: it is only copied
    // while the sample is filling.
    void count(const FigureView& view);
    void reject(int line, const QString& reason) override;
    void leaveOut(int line, const QString& reason) override;
    void head(const QList<CsvRecord>& records, int index) override
    {
        headRecords = records;
        headerIndex = index;
    }
    void decide(const QString& decision) override;
    void note(ImportNote&& note) override
    {
        ++noteCount;
        if (notes.size() < rejectedLimit)
            notes << std::move(note);
    }
    void rowRead() override { ++rowsRead; }
    void offer(
        const QString& option, const QStringList& offered, const QString& current = {}) override
    {
        choices.insert(option, offered);
        if (!current.isEmpty())
            chosen.insert(option, current);
    }

private:
    bool tally(const FigureView& draft);

    QSet<QString> m_metrics;
    QSet<QString> m_dimensions; // at most one past the limit, see limitDimensions
    // A shuffled export brings every metric, month and dimension in turn: room for hundreds.
    RecentTexts<bool, 256> m_seenDimensions;
    // Metric keys and months already in the sets.
    RecentTexts<bool, 256> m_seenMetrics;
    // Per month: its first day (Julian), its length and the days its figures cover.
    // Exports in any order mention few months, so this stays small.
    struct MonthState
    {
        static constexpr qint64 none = std::numeric_limits<qint64>::min();
        qint64 start = none;
        int length = 0;
        quint32 covered = 0;
    };
    std::vector<MonthState> m_monthStates;
    QHash<QString, int> m_monthIndex; // month text -> its state
    RecentTexts<int, 256> m_recentMonths;
};

} // namespace stuurboord
