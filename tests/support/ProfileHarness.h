#pragma once

// Runs one SourceProfile over CSV text the way ImportRunner does (head, recognise, begin,
// every record and `#` line, finish) and keeps everything it wrote, for profile tests.

#include "import/CsvReader.h"
#include "import/ImportSink.h"
#include "import/SourceProfile.h"

#include <limits>
#include <QList>
#include <QStringList>

namespace stuurboord::test {

struct CollectingSink final : ImportSink
{
    QList<ObservationDraft> figures;
    QList<RejectedRow> rejected;
    QList<RejectedRow> leftOut; // totals rows
    QStringList decisions;
    int rowsRead = 0;

    void figure(ObservationDraft&& draft) override { figures << std::move(draft); }
    void reject(int line, const QString& reason) override { rejected << RejectedRow{line, reason}; }
    void leaveOut(int line, const QString& reason) override
    {
        leftOut << RejectedRow{line, reason};
    }
    void decide(const QString& decision) override { decisions << decision; }
    void rowRead() override { ++rowsRead; }

    // The figure for metric `key` in `month` (and `dimension`), or NaN when there is none.
    double value(const QString& key, const QString& month, const QString& dimension = {}) const
    {
        for (const ObservationDraft& draft : figures) {
            if (draft.metricKey == key && draft.month == month && draft.dimension == dimension)
                return draft.value;
        }
        return qQNaN();
    }
};

struct ProfileRun
{
    bool recognised = false;
    QString reason;
    QString error; // from begin()
    CollectingSink sink;
};

inline ProfileRun runProfile(SourceProfile& profile, const QString& text,
    const QString& fileName = QStringLiteral("export.csv"), QHash<QString, QString> options = {})
{
    ProfileRun run;
    CsvReader reader;
    if (!reader.openText(text)) {
        run.error = reader.errorString();
        return run;
    }
    ProfileInput input;
    input.fileName = fileName;
    input.options = std::move(options);
    input.fallback
        = reader.delimiter() == u',' ? NumberConvention::English : NumberConvention::Dutch;
    CsvRecord record;
    while (input.head.size() < 200 && reader.readNext(record))
        input.head << record;
    input.comments = reader.comments();
    input.headerIndex = profile.recognise(input, &run.reason);
    run.recognised = input.headerIndex >= 0;
    if (!run.recognised)
        return run;
    if (!profile.begin(input, run.sink, &run.error))
        return run;
    // `#` lines after the header reach the profile in file order, between the records.
    const int headerLine = input.head.at(input.headerIndex).line;
    qsizetype nextComment = 0;
    const auto commentsBefore = [&](int line) {
        const QList<CsvComment>& seen = reader.comments();
        for (; nextComment < seen.size() && seen.at(nextComment).line < line; ++nextComment) {
            if (seen.at(nextComment).line > headerLine)
                profile.comment(seen.at(nextComment), run.sink);
        }
    };
    for (qsizetype i = input.headerIndex + 1; i < input.head.size(); ++i) {
        commentsBefore(input.head.at(i).line);
        profile.take(input.head.at(i), run.sink);
    }
    while (reader.readNext(record)) {
        commentsBefore(record.line);
        profile.take(record, run.sink);
    }
    commentsBefore(std::numeric_limits<int>::max());
    profile.finish(run.sink);
    return run;
}

} // namespace stuurboord::test
