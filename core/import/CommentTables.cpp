#include "CommentTables.h"

#include "NumberParser.h"
#include "ProfileInput.h"
#include "TotalsRow.h"

#include <algorithm>
#include <QCoreApplication>
#include <QRegularExpression>
#include <utility>

namespace stuurboord {

namespace {
// A `#` line that names the table ("Traffic by country"), unlike a rule ("-----"), a date
// range ("20220101-20220131") or a setting ("End date: 20260331").
bool namesTable(const QString& line)
{
    static const QRegularExpression setting(QStringLiteral("^[^:]*:\\s*\\d"));
    const bool letters
        = std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.isLetter(); });
    return letters && !setting.match(line).hasMatch();
}

bool isNumber(const QString& cell)
{
    return NumberParser::parse(cell, NumberConvention::English).hasValue();
}
} // namespace

bool CommentTables::begin(const ProfileInput& input, QString* error)
{
    const QString pick = input.options.value(QStringLiteral("table")).trimmed();
    if (!pick.isEmpty()) {
        bool ok = false;
        m_chosen = pick.toInt(&ok);
        if (!ok || m_chosen < 1) {
            if (error) {
                *error = QCoreApplication::translate("Import",
                    "“%1” is not a table number: give 1 for the first table of the file, 2 for "
                    "the second, and so on.")
                             .arg(pick);
            }
            return false;
        }
        m_picked = true;
    }
    const CsvRecord& header = input.head.at(input.headerIndex);
    m_lastLine = header.line;
    m_afterTotals = false;
    m_block.clear();
    for (const CsvComment& comment : input.comments) {
        if (comment.line < header.line)
            m_block << comment;
    }
    startTable(header.fields);
    return true;
}

void CommentTables::comment(const CsvComment& comment)
{
    m_pending << comment;
}

CommentTables::Role CommentTables::take(const CsvRecord& record)
{
    const bool afterBreak = record.line > m_lastLine + 1 || m_afterTotals;
    m_lastLine = record.line;
    m_afterTotals = !TotalsRow::reason(record.fields).isEmpty();
    if (m_pending.isEmpty() && afterBreak && startsTable(record)) {
        m_block.clear();
        startTable(record.fields);
        return inChosen() ? Role::Header : Role::Skipped;
    }
    // `#` lines after a header close its table: the next record starts another one.
    if (m_pending.isEmpty())
        return inChosen() ? Role::Row : Role::Skipped;
    const bool headerInBlock = headerInComment(record);
    m_block = std::exchange(m_pending, {});
    if (!headerInBlock) {
        startTable(record.fields);
        return inChosen() ? Role::Header : Role::Skipped;
    }
    QStringList header = m_block.takeLast().text.split(u',');
    for (QString& cell : header)
        cell = cell.trimmed();
    startTable(header);
    return inChosen() ? Role::FirstRow : Role::Skipped;
}

bool CommentTables::headerInComment(const CsvRecord& record) const
{
    // Some Universal Analytics exports comment out the header of a later table
    // ("# Day Index,Pageviews"): the record after it is then already a row of figures.
    if (m_pending.isEmpty() || record.fields.size() < 2)
        return false;
    const QStringList cells = m_pending.last().text.trimmed().split(u',');
    return cells.size() == record.fields.size()
        && std::any_of(record.fields.cbegin() + 1, record.fields.cend(), isNumber)
        && std::none_of(cells.cbegin() + 1, cells.cend(), isNumber);
}

bool CommentTables::startsTable(const CsvRecord& record) const
{
    const QStringList& cells = record.fields;
    if (cells.size() < 2 || cells == m_header)
        return false;
    const auto word = [](const QString& cell) {
        const QString trimmed = cell.trimmed();
        return !trimmed.isEmpty() && !trimmed.front().isDigit() && !isNumber(trimmed);
    };
    return std::all_of(cells.cbegin(), cells.cend(), word);
}

void CommentTables::startTable(QStringList header)
{
    ++m_current;
    m_header = std::move(header);
    const QString before = m_block.isEmpty() ? QString() : m_block.last().text.trimmed();
    m_titles << (namesTable(before) ? before : m_header.value(0).trimmed());
}

QString CommentTables::summary() const
{
    const int count = int(m_titles.size());
    QStringList listed;
    for (int i = 0; i < count; ++i)
        listed << QStringLiteral("%1 “%2”").arg(QString::number(i + 1), m_titles.at(i));
    const QString list = listed.join(QStringLiteral(", "));
    if (m_chosen > count) {
        return QCoreApplication::translate("Import",
            "there is no table %1, so nothing was imported: %n table(s) in this file: %2", nullptr,
            count)
            .arg(QString::number(m_chosen), list);
    }
    if (count < 2)
        return {};
    if (!m_picked) {
        return QCoreApplication::translate("Import",
            "%n table(s) in this file: %1; importing table 1 “%2”; choose another with --table",
            nullptr, count)
            .arg(list, m_titles.first());
    }
    return QCoreApplication::translate("Import",
        "%n table(s) in this file: %1; importing table %2 “%3”, as chosen", nullptr, count)
        .arg(list, QString::number(m_chosen), m_titles.at(m_chosen - 1));
}

} // namespace stuurboord
