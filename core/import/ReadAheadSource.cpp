#include "ReadAheadSource.h"

#include "ImportPhases.h"

#include <utility>

namespace stuurboord {

namespace {
// Small enough that the first rows reach the profile at once, large enough that the two
// threads meet at the lock a few thousand times for a million rows, not a million times.
constexpr size_t chunkSize = 512;
constexpr size_t maxChunks = 8;
} // namespace

ReadAheadSource::ReadAheadSource(RecordSource& source)
    : m_source(source)
{
}

ReadAheadSource::~ReadAheadSource()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true; // the caller stopped early (cancelled, a cut record)
        }
        m_changed.notify_all();
        m_thread.join();
    }
}

void ReadAheadSource::readAhead()
{
    qsizetype commentsSent = 0;
    for (;;) {
        Chunk chunk;
        {
            std::unique_lock lock(m_mutex);
            ImportPhases::wait(
                m_changed, lock, [this] { return m_stopping || m_ready.size() < maxChunks; },
                "splitting waited for the profile");
            if (m_stopping)
                return;
            if (!m_spent.empty()) {
                chunk.records = std::move(m_spent.back());
                m_spent.pop_back();
            }
        }
        chunk.records.resize(chunkSize);
        while (chunk.count < chunkSize && !chunk.end) {
            if (!m_source.readNext(chunk.records[chunk.count])) {
                chunk.end = true;
                break;
            }
            ++chunk.count;
            // A cut record is the last one the source has.
            if (m_source.recordCut()) {
                chunk.lastIsCut = chunk.end = true;
            }
        }
        const QList<CsvComment>& seen = m_source.comments();
        chunk.comments = seen.mid(commentsSent);
        commentsSent = seen.size();
        chunk.progress = m_source.progress();
        if (chunk.end) {
            chunk.hasError = m_source.hasError();
            chunk.errorString = m_source.errorString();
        }
        const bool end = chunk.end;
        {
            std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(chunk));
        }
        m_changed.notify_all();
        if (end)
            return;
    }
}

bool ReadAheadSource::nextChunk()
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { readAhead(); }); // on the first record asked for
    Chunk chunk;
    {
        std::unique_lock lock(m_mutex);
        ImportPhases::wait(
            m_changed, lock, [this] { return !m_ready.empty(); }, "profile waited for rows");
        chunk = std::move(m_ready.front());
        m_ready.pop_front();
        // The records read are handed back: their field strings become the next buffers.
        if (!m_current.records.empty())
            m_spent.push_back(std::move(m_current.records));
    }
    m_changed.notify_all();
    m_current = std::move(chunk);
    m_next = 0;
    m_comments += m_current.comments;
    m_progress = m_current.progress;
    if (m_current.end) {
        m_hasError = m_current.hasError;
        m_errorString = m_current.errorString;
    }
    return true;
}

bool ReadAheadSource::readNext(CsvRecord& record)
{
    while (m_next >= m_current.count) {
        if (m_finished || m_current.end) {
            m_finished = true;
            return false;
        }
        nextChunk();
    }
    // Swapped, not copied: the caller's previous record goes back in its place.
    std::swap(record, m_current.records[m_next]);
    ++m_next;
    m_cut = m_current.lastIsCut && m_next == m_current.count;
    return true;
}

} // namespace stuurboord
