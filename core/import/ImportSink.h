#pragma once

#include "CodedFigure.h"
#include "CsvRecord.h"
#include "FigureView.h"
#include "ObservationDraft.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace stuurboord {

// Where a profile puts what it reads, row by row: figures to write, rows it rejects with
// the reason, and the decisions it took (shown in the preview). The preview keeps a sample
// and counts; the batch writer writes every figure as it arrives. Neither holds the file.
class ImportSink
{
public:
    virtual ~ImportSink() = default;
    virtual void figure(ObservationDraft&& draft) = 0;
    // The same figure lent by reference, as the spreadsheet profile hands over a million of
    // them: a sink that passes it on or counts it copies no string. By default it becomes a
    // draft.
    virtual void figureView(const FigureView& view) { figure(view.draft()); }
    // Figures that crossed from the reader's thread in a SinkPipe, their texts as numbers
    // into `texts`. Each becomes a draft again, unless the sink can take them as they are
    // (the batch writer does).
    virtual void codedFigures(const std::vector<CodedFigure>& figures, const QList<QString>& texts);
    virtual void reject(int line, const QString& reason) = 0;
    // A row read and deliberately not imported, such as a totals row: nothing is wrong
    // with the file, so it is not a rejected row.
    virtual void leaveOut(int line, const QString& reason)
    {
        Q_UNUSED(line)
        Q_UNUSED(reason)
    }
    virtual void decide(const QString& decision) = 0;
    // A note beside the figures, for an annotation on its month.
    virtual void note(ImportNote&& note) { Q_UNUSED(note) }
    // One data row of the source was read (kept, rejected or reduced to a total).
    virtual void rowRead() = 0;
    // The first records of the file as read (at most ImportRunner::headSize), the header
    // among them at `headerIndex`: what the preview shows as the rows as parsed.
    virtual void head(const QList<CsvRecord>& records, int headerIndex)
    {
        Q_UNUSED(records)
        Q_UNUSED(headerIndex)
    }
    // A choice the user can make about this file (ImportRunner's options): "table" with
    // the tables' titles, "sheet" with the sheets' names, "period" (no choices: a month
    // to type) when the file does not say which month it covers. `current` is the one
    // read, when the runner chose it rather than the user.
    virtual void offer(
        const QString& option, const QStringList& choices, const QString& current = {})
    {
        Q_UNUSED(option)
        Q_UNUSED(choices)
        Q_UNUSED(current)
    }
};

} // namespace stuurboord
