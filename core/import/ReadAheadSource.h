#pragma once

#include "RecordSource.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace stuurboord {

// Reads the records of another source on a thread of its own, a chunk ahead of the caller:
// splitting the text into fields then runs beside what the profile makes of the rows. On two
// cores that shortens the reading of a large export by about a third, which is what a file
// in another order than by date waits for before its writing can start.
//
// Everything the caller asks besides the records (comments, progress, a cut last record, an
// error) is answered as it was when the record just returned was read, never from the other
// thread's moving state. decisions(), numberFallback() and sheetNames() are fixed once the
// source is open and are passed on.
class ReadAheadSource final : public RecordSource
{
public:
    explicit ReadAheadSource(RecordSource& source);
    ~ReadAheadSource() override;
    Q_DISABLE_COPY_MOVE(ReadAheadSource)

    bool readNext(CsvRecord& record) override;
    const QList<CsvComment>& comments() const override { return m_comments; }
    bool hasError() const override { return m_hasError; }
    QString errorString() const override { return m_errorString; }
    QStringList decisions() const override { return m_source.decisions(); }
    NumberConvention numberFallback() const override { return m_source.numberFallback(); }
    QStringList sheetNames() const override { return m_source.sheetNames(); }
    bool recordCut() const override { return m_cut; }
    double progress() const override { return m_progress; }

private:
    struct Chunk
    {
        std::vector<CsvRecord> records;
        size_t count = 0;
        QList<CsvComment> comments; // seen by the source since the chunk before
        double progress = 0;
        bool lastIsCut = false;
        bool end = false; // the source has no more records
        bool hasError = false;
        QString errorString;
    };

    void readAhead();
    bool nextChunk();

    RecordSource& m_source;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    std::vector<std::vector<CsvRecord>> m_spent; // records handed back, their strings reused
    bool m_stopping = false;

    // The caller's side.
    Chunk m_current;
    size_t m_next = 0;
    bool m_finished = false;
    QList<CsvComment> m_comments;
    double m_progress = 0;
    bool m_cut = false;
    bool m_hasError = false;
    QString m_errorString;
};

} // namespace stuurboord
