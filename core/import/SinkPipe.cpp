#include "SinkPipe.h"

#include "ImportPhases.h"

namespace stuurboord {

SinkPipe::SinkPipe(int chunkSize, int maxChunks)
    : m_chunkSize(size_t(chunkSize))
    , m_maxChunks(size_t(maxChunks))
{
    m_filling.figures.reserve(m_chunkSize);
}

void SinkPipe::figureView(const FigureView& view)
{
    m_filling.figures.push_back({m_codes.of(view.metricKey), m_codes.of(view.metricLabel),
        m_codes.of(view.aggregation), m_codes.of(view.month), m_codes.of(view.dimension),
        m_codes.of(view.unit), view.windowStart, view.windowEnd, view.value, view.line,
        view.labelChosen});
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
    const QList<QString>& texts = m_codes.texts();
    chunk.newTexts = texts.mid(m_textsHandedOver);
    m_textsHandedOver = texts.size();
    std::vector<CodedFigure> spent;
    {
        std::unique_lock lock(m_mutex);
        ImportPhases::wait(
            m_changed, lock, [this] { return m_abandoned || m_ready.size() < m_maxChunks; },
            "profile waited for the writer");
        if (m_abandoned)
            return;
        m_ready.push_back(std::move(chunk));
        if (!m_spent.empty()) {
            spent = std::move(m_spent.back());
            m_spent.pop_back();
        }
        m_changed.notify_all();
    }
    // The writer's spent figures hold the next ones: memory already in use costs nothing,
    // fresh memory costs the system a page fault every 4 KB.
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
        ImportPhases::wait(
            m_changed, lock, [this] { return m_abandoned || m_closed || !m_ready.empty(); },
            "writer waited for figures");
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
    m_texts << chunk.newTexts;
    if (!chunk.figures.empty())
        target.codedFigures(chunk.figures, m_texts);
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
