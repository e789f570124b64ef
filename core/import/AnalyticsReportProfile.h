#pragma once

#include "CommentTables.h"
#include "MetricColumns.h"
#include "MetricKeys.h"
#include "SourceProfile.h"

#include <QDate>

namespace stuurboord {

struct ParsedDate;

// A Google Analytics report saved as CSV (GA4 or Universal Analytics): a `#` preamble that
// states the period, then one or more tables whose first column is a dimension (a page) or
// dates the row (a day). The two differ only in how they write periods, so the reading is
// here and the subclasses answer those questions.
class AnalyticsReportProfile : public SourceProfile
{
public:
    bool begin(const ProfileInput& input, ImportSink& sink, QString* error) override;
    void take(const CsvRecord& record, ImportSink& sink) override;
    void comment(const CsvComment& comment, ImportSink& sink) override;
    void finish(ImportSink& sink) override;

protected:
    // A run of days, or why a cell gives none.
    struct Window
    {
        QDate first;
        QDate last;
        QString error;

        bool isValid() const { return first.isValid() && last.isValid() && first <= last; }
    };

    // The report period a `#` block states; an invalid window when it states none.
    virtual Window reportWindow(const QList<CsvComment>& block) const = 0;
    // True when a first column called `name` dates each row instead of naming a dimension.
    virtual bool datesRows(const QString& name) const = 0;
    // The days one row measured, from its cell in the dating column, within `report`.
    virtual Window rowWindow(
        const QString& column, const QString& cell, const Window& report) const = 0;

    // The part of `date` (a day, week or month) inside `report`.
    static Window within(const ParsedDate& date, const QString& column, const Window& report);
    static Window outside(const QString& cell, const Window& report);

private:
    void startTable(ImportSink& sink);
    void read(const CsvRecord& record, ImportSink& sink);

    CommentTables m_tables;
    MetricColumns m_columns;
    MetricKeys m_keys;
    Window m_fileWindow; // from the preamble; tables without a period of their own use it
    Window m_window;
    QString m_month;
    bool m_dated = false;
};

} // namespace stuurboord
