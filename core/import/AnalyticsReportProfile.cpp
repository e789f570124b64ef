#include "AnalyticsReportProfile.h"

#include "Microsoft365SiteUsageProfile.h"
#include "ParsedDate.h"
#include "TotalsRow.h"

#include <algorithm>
#include <QCoreApplication>

namespace stuurboord {

bool AnalyticsReportProfile::begin(const ProfileInput& input, ImportSink& sink, QString* error)
{
    m_keys = input.keys;
    if (!m_tables.begin(input, error))
        return false;
    m_fileWindow = reportWindow(m_tables.block());
    if (!m_fileWindow.isValid()) {
        if (error) {
            *error = QCoreApplication::translate("Import",
                "The lines starting with # above the table do not give the period the report "
                "covers, or its dates cannot be read.");
        }
        return false;
    }
    if (m_tables.inChosen())
        startTable(sink);
    return true;
}

void AnalyticsReportProfile::take(const CsvRecord& record, ImportSink& sink)
{
    switch (m_tables.take(record)) {
    case CommentTables::Role::Skipped:
        return;
    case CommentTables::Role::Header:
        startTable(sink);
        return;
    case CommentTables::Role::FirstRow:
        startTable(sink);
        break;
    case CommentTables::Role::Row:
        break;
    }
    read(record, sink);
}

void AnalyticsReportProfile::comment(const CsvComment& comment, ImportSink& sink)
{
    Q_UNUSED(sink)
    m_tables.comment(comment);
}

void AnalyticsReportProfile::finish(ImportSink& sink)
{
    if (const QString summary = m_tables.summary(); !summary.isEmpty())
        sink.decide(summary);
    if (m_tables.titles().size() > 1)
        sink.offer(QStringLiteral("table"), m_tables.titles());
}

void AnalyticsReportProfile::startTable(ImportSink& sink)
{
    const QStringList& header = m_tables.header();
    const Window own = reportWindow(m_tables.block());
    m_window = own.isValid() ? own : m_fileWindow;
    m_dated = datesRows(header.value(0).trimmed());
    // Google writes numbers with a decimal point in every language ("3,215" is 3215).
    m_columns.reset(header, 1, m_keys, NumberConvention::English);
    if (m_dated) {
        sink.decide(QCoreApplication::translate("Import",
            "column “%1” dates each row: a row counts for the month of its own day, week or "
            "month within the report period %2 to %3")
                        .arg(header.value(0).trimmed(), m_window.first.toString(Qt::ISODate),
                            m_window.last.toString(Qt::ISODate)));
        return;
    }
    QString reason;
    m_month = Microsoft365SiteUsageProfile::monthForWindow(m_window.first, m_window.last, &reason);
    sink.decide(reason);
}

void AnalyticsReportProfile::read(const CsvRecord& record, ImportSink& sink)
{
    sink.rowRead();
    if (const QString totals = TotalsRow::reason(record.fields); !totals.isEmpty()) {
        // Beside days, the totals row adds up the rows above it: importing it would count
        // them twice. Beside pages or sites it is the export's own figure for the whole
        // organisation, which the rows cannot give (a user who saw two pages is one user).
        if (m_dated) {
            sink.leaveOut(record.line, totals);
            return;
        }
        sink.decide(QCoreApplication::translate("Import",
            "the totals row (line %1) gives the figures for the whole organisation; the "
            "other rows give them per “%2”")
                        .arg(record.line)
                        .arg(m_tables.header().value(0).trimmed()));
        m_columns.write(record, {m_month, m_window.first, m_window.last}, {}, sink);
        return;
    }
    const QString first = record.fields.value(0).trimmed();
    if (!m_dated) {
        m_columns.write(record, {m_month, m_window.first, m_window.last}, first, sink);
        return;
    }
    const Window window = rowWindow(m_tables.header().value(0).trimmed(), first, m_window);
    if (!window.isValid()) {
        sink.reject(record.line, window.error);
        return;
    }
    const QString month = window.first == window.last
        ? window.first.toString(QStringLiteral("yyyy-MM"))
        : Microsoft365SiteUsageProfile::monthForWindow(window.first, window.last);
    m_columns.write(record, {month, window.first, window.last}, {}, sink);
}

AnalyticsReportProfile::Window AnalyticsReportProfile::within(
    const ParsedDate& date, const QString& column, const Window& report)
{
    if (!date.hasValue()) {
        Window none;
        none.error = date.error.isEmpty()
            ? QCoreApplication::translate("Import", "there is no date in column “%1”").arg(column)
            : date.error;
        return none;
    }
    const Window window{
        std::max(date.date, report.first), std::min(date.lastDay(), report.last), {}};
    return window.isValid() ? window : outside(date.date.toString(Qt::ISODate), report);
}

AnalyticsReportProfile::Window AnalyticsReportProfile::outside(
    const QString& cell, const Window& report)
{
    Window none;
    none.error
        = QCoreApplication::translate("Import", "%1 is outside the report period %2 to %3")
              .arg(cell, report.first.toString(Qt::ISODate), report.last.toString(Qt::ISODate));
    return none;
}

} // namespace stuurboord
