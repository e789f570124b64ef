#include "SinkPipe.h"

namespace stuurboord {

SinkPipe::SinkPipe(int chunkSize, int maxChunks)
    : m_chunkSize(size_t(chunkSize))
    , m_maxChunks(size_t(maxChunks))
{
    m_filling.figures.reserve(m_chunkSize);
}

void SinkPipe::figure(ObservationDraft&& draft)
{
    m_filling.figures.push_back(std::move(draft));
    if (m_filling.figures.size() >= m_chunkSize)
        push();
}

void SinkPipe::reject(int line, const QString& reason)
{
    m_filling.rejected << RejectedRow{line, reason};
    if (size_t(m_filling.rejected.size()) >= m_chunkSize)
        push();
}

void SinkPipe::decide(const QString& decision)
{
    m_filling.decisions << decision;
}

void SinkPipe::push()
{
    Chunk chunk = std::exchange(m_filling, Chunk{});
    m_filling.fraction = chunk.fraction;
    std::vector<ObservationDraft> spent;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_abandoned || m_ready.size() < m_maxChunks; });
        if (m_abandoned)
            return;
        m_ready.push_back(std::move(chunk));
        if (!m_spent.empty()) {
            spent = std::move(m_spent.back());
            m_spent.pop_back();
        }
        m_changed.notify_all();
    }
    // The figures the writer is done with are freed here, on the thread that made them: their
    // strings' reference counts then stay in this core's cache instead of moving to the
    // writer's core and back for every figure.
    spent.clear();
    m_filling.figures = std::move(spent);
    m_filling.figures.reserve(m_chunkSize);
}

void SinkPipe::close()
{
    push();
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_changed.notify_all();
}

bool SinkPipe::abandoned() const
{
    std::lock_guard lock(m_mutex);
    return m_abandoned;
}

void SinkPipe::abandon()
{
    std::lock_guard lock(m_mutex);
    m_abandoned = true;
    m_ready.clear();
    m_changed.notify_all();
}

bool SinkPipe::drainInto(ImportSink& target, qint64* rows, double* fraction)
{
    Chunk chunk;
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_abandoned || m_closed || !m_ready.empty(); });
        if (m_ready.empty())
            return false;
        chunk = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
    }
    for (const QString& decision : std::as_const(chunk.decisions))
        target.decide(decision);
    for (qint64 i = 0; i < chunk.rows; ++i)
        target.rowRead();
    for (ObservationDraft& draft : chunk.figures)
        target.figure(std::move(draft));
    for (const RejectedRow& row : std::as_const(chunk.rejected))
        target.reject(row.line, row.reason);
    for (ImportNote& note : chunk.notes)
        target.note(std::move(note));
    {
        std::lock_guard lock(m_mutex);
        if (!m_closed && !m_abandoned)
            m_spent.push_back(std::move(chunk.figures)); // back to the reader, see push()
    }
    m_rowsHandedOver += chunk.rows;
    if (rows)
        *rows = m_rowsHandedOver;
    if (fraction)
        *fraction = chunk.fraction;
    return true;
}

} // namespace stuurboord
