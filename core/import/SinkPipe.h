#pragma once

#include "ImportSink.h"
#include "TextCodes.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <QStringList>
#include <vector>

namespace stuurboord {

// Hands what a profile reads on one thread to a sink on another, in chunks, so that parsing
// and writing an import run side by side on two cores. At most `maxChunks` wait at any
// time: a fast reader waits for the writer instead of filling memory. Figures cross as
// numbers (CodedFigure): each distinct text crosses once, with the chunk that first uses it.
class SinkPipe final : public ImportSink
{
public:
    explicit SinkPipe(int chunkSize = 8192, int maxChunks = 4);

    // Reader side.
    void figure(ObservationDraft&& draft) override { figureView(FigureView::of(draft)); }
    void figureView(const FigureView& view) override;
    void reject(int line, const QString& reason) override;
    void decide(const QString& decision) override;
    void note(ImportNote&& note) override { m_filling.notes << std::move(note); }
    void rowRead() override { ++m_filling.rows; }
    void setFraction(double fraction) { m_filling.fraction = fraction; }
    // No more rows: the writer sees the end after the last chunk.
    void close();
    // The writer gave up: the reader's next hand-over returns at once and reading stops.
    bool abandoned() const;

    // Writer side: the next chunk into `target`; false once the reader closed and all
    // chunks were handed on. `rows`/`fraction` tell how far the reader got.
    bool drainInto(ImportSink& target, qint64* rows, double* fraction);
    void abandon();

private:
    struct Chunk
    {
        std::vector<CodedFigure> figures;
        QList<QString> newTexts; // numbered since the chunk before, in number order
        QList<RejectedRow> rejected;
        QStringList decisions;
        QList<ImportNote> notes;
        qint64 rows = 0;
        double fraction = 0;
    };

    void push();

    const size_t m_chunkSize;
    const size_t m_maxChunks;
    Chunk m_filling;
    TextCodes m_codes; // the reader's side
    qsizetype m_textsHandedOver = 0;
    QList<QString> m_texts; // the writer's side: every text handed over, by number
    qint64 m_rowsHandedOver = 0;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    std::vector<std::vector<CodedFigure>> m_spent; // drained, for the reader to free
    bool m_closed = false;
    bool m_abandoned = false;
};

} // namespace stuurboord
