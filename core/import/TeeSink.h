#pragma once

#include "ImportPreview.h"
#include "ImportSink.h"

namespace stuurboord {

// Hands everything on towards the batch writer that writes it (through the pipe to its
// thread) and to the summary that tells the user what was written. The summary only counts
// a figure and copies the first few for its sample, so the figure moves on without a copy.
class TeeSink final : public ImportSink
{
public:
    TeeSink(ImportSink& writer, ImportPreview& summary)
        : m_writer(writer)
        , m_summary(summary)
    {
    }
    void figure(ObservationDraft&& draft) override
    {
        m_summary.count(FigureView::of(draft));
        m_writer.figure(std::move(draft));
    }
    void figureView(const FigureView& view) override
    {
        m_summary.count(view);
        m_writer.figureView(view);
    }
    void reject(int line, const QString& reason) override
    {
        m_writer.reject(line, reason);
        m_summary.reject(line, reason);
    }
    void leaveOut(int line, const QString& reason) override { m_summary.leaveOut(line, reason); }
    void head(const QList<CsvRecord>& records, int headerIndex) override
    {
        m_summary.head(records, headerIndex);
    }
    void decide(const QString& decision) override
    {
        m_writer.decide(decision);
        m_summary.decide(decision);
    }
    void note(ImportNote&& note) override
    {
        m_summary.note(ImportNote(note));
        m_writer.note(std::move(note));
    }
    void rowRead() override
    {
        m_writer.rowRead();
        m_summary.rowRead();
    }

private:
    ImportSink& m_writer;
    ImportPreview& m_summary;
};

} // namespace stuurboord
