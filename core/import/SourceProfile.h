#pragma once

#include "CsvRecord.h"
#include "ImportSink.h"
#include "ProfileInput.h"

#include <QString>

namespace stuurboord {

// One kind of export (Microsoft 365 site usage, a Matomo summary, the coordinator's own
// spreadsheet, a mapping saved by the wizard) and how its rows become monthly figures.
// Rows stream through take() one at a time, so a million-row file is read in constant
// memory; profiles that reduce rows to totals (per-user exports) add up as they go and
// write the totals in finish().
class SourceProfile
{
public:
    virtual ~SourceProfile() = default;
    virtual QString name() const = 0;
    // Where the header is in input.head and why this profile reads the file, in words
    // ("the header matches Microsoft 365 SharePoint site usage detail"); -1 when it does not.
    virtual int recognise(const ProfileInput& input, QString* reason) const = 0;
    // Before the rows: decide the conventions from the head (date order, number convention,
    // the period of a single-period export). False with `error` set when the file cannot be
    // read this way without an answer from the user (input.options).
    virtual bool begin(const ProfileInput& input, ImportSink& sink, QString* error) = 0;
    // Every record after the header in file order, starting with the rest of input.head.
    virtual void take(const CsvRecord& record, ImportSink& sink) = 0;
    // A `#` line after the head, in file order (GA4 and Universal Analytics separate
    // their tables with them).
    virtual void comment(const CsvComment& comment, ImportSink& sink)
    {
        Q_UNUSED(comment)
        Q_UNUSED(sink)
    }
    // After the last record: profiles that add rows up write their totals here.
    virtual void finish(ImportSink& sink) { Q_UNUSED(sink) }
    // True when a row after the head contradicted a decision taken from the head (a day 13
    // in a column read as month-first): the runner then reads the file again, and the
    // profile's second begin() uses what it learned, so the decision holds for the whole
    // column.
    virtual bool wantsSecondPass() const { return false; }
};

} // namespace stuurboord
