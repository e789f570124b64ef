#pragma once

#include "CsvRecord.h"

#include <QList>
#include <QStringList>

namespace stuurboord {

struct ProfileInput;

// Splits a Google Analytics export into its tables as the records stream past. GA4's
// "Reports snapshot" and Universal Analytics put several tables in one file, each after a
// block of `#` lines with its own header row; the user picks one (input.options "table",
// 1-based) because their rows measure different things and cannot be added together.
class CommentTables final
{
public:
    // What a record is to the profile.
    enum class Role
    {
        Skipped, // a record of a table that was not chosen
        Header, // the header of the chosen table
        FirstRow, // the first row of the chosen table, whose header was a `#` line
        Row // a row of the chosen table
    };

    // The first table starts at input.headerIndex, after the preamble. False with `error`
    // set when the chosen table number is not a number.
    bool begin(const ProfileInput& input, QString* error);
    void comment(const CsvComment& comment);
    Role take(const CsvRecord& record);

    bool inChosen() const { return m_current == m_chosen; }
    const QStringList& header() const { return m_header; }
    // The `#` lines before the current table's header (for the first table: the preamble).
    const QList<CsvComment>& block() const { return m_block; }
    // Which tables the file holds and which one was imported, in words; empty for a file
    // with one table.
    QString summary() const;
    const QStringList& titles() const { return m_titles; }

private:
    bool headerInComment(const CsvRecord& record) const;
    // A row of words after a blank line or a totals row, unlike the current header: the
    // header of the next table in a file that separates its tables only by blank lines
    // (Universal Analytics: "Page,Pageviews,…", totals, blank, "Day Index,Pageviews").
    bool startsTable(const CsvRecord& record) const;
    void startTable(QStringList header);

    QList<CsvComment> m_block;
    QList<CsvComment> m_pending; // `#` lines since the last record: the next table's block
    QStringList m_header;
    QStringList m_titles;
    int m_current = 0;
    int m_chosen = 1;
    bool m_picked = false; // the user chose the table
    int m_lastLine = 0; // of the last record
    bool m_afterTotals = false; // the last record was a totals row
};

} // namespace stuurboord
