#pragma once

#include "ImportSink.h"

namespace stuurboord {

// Hands everything to two sinks: the batch writer that writes it and the summary that
// tells the user what was written.
class TeeSink final : public ImportSink
{
public:
    TeeSink(ImportSink& first, ImportSink& second)
        : m_first(first)
        , m_second(second)
    {
    }
    void figure(ObservationDraft&& draft) override
    {
        ObservationDraft copy = draft;
        m_first.figure(std::move(copy));
        m_second.figure(std::move(draft));
    }
    void reject(int line, const QString& reason) override
    {
        m_first.reject(line, reason);
        m_second.reject(line, reason);
    }
    void decide(const QString& decision) override
    {
        m_first.decide(decision);
        m_second.decide(decision);
    }
    void rowRead() override
    {
        m_first.rowRead();
        m_second.rowRead();
    }

private:
    ImportSink& m_first;
    ImportSink& m_second;
};

} // namespace stuurboord
