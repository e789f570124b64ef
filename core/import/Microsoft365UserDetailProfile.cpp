#include "Microsoft365UserDetailProfile.h"

#include "Microsoft365SiteUsageProfile.h"

#include <algorithm>
#include <QCoreApplication>
#include <QRandomGenerator>

namespace stuurboord {

Microsoft365UserDetailProfile::Microsoft365UserDetailProfile(Layout layout)
    : m_layout(std::move(layout))
{
}

int Microsoft365UserDetailProfile::findHeader(const ProfileInput& input) const
{
    return Microsoft365UsageReport::findHeader(input.head, m_layout.required);
}

bool Microsoft365UserDetailProfile::begin(
    const ProfileInput& input, ImportSink& sink, QString* error)
{
    Q_UNUSED(error)
    const QStringList& header = input.head.at(input.headerIndex).fields;
    m_counts = Microsoft365UsageReport::present(header, m_layout.counts);
    m_refresh = Microsoft365UsageReport::column(header, QStringLiteral("Report Refresh Date"));
    m_period = Microsoft365UsageReport::column(header, QStringLiteral("Report Period"));
    m_user = Microsoft365UsageReport::column(header, QStringLiteral("User Principal Name"));
    m_lastActivity = Microsoft365UsageReport::column(header, QStringLiteral("Last Activity Date"));
    m_deleted = Microsoft365UsageReport::column(header, m_layout.deletedColumn);
    // A fresh salt for every read: the hashes cannot be matched with another file's.
    m_seed = static_cast<size_t>(QRandomGenerator::global()->generate64());
    m_deletedRows = 0;
    m_windows.clear();
    // The last activity date alone misses a user Microsoft counted without a date, the
    // counts alone miss activity they do not break down (Teams' "Has Other Action"), so
    // either one makes a user active.
    sink.decide(QCoreApplication::translate("Import",
        "a user counts as active in a window when the last activity date falls inside it or "
        "a count is above zero; a user listed twice counts once"));
    return true;
}

void Microsoft365UserDetailProfile::take(const CsvRecord& record, ImportSink& sink)
{
    sink.rowRead();
    const QStringList& fields = record.fields;
    const QDate end = Microsoft365UsageReport::date(fields, m_refresh);
    bool periodOk = false;
    const int days = fields.value(m_period).trimmed().toInt(&periodOk);
    if (!end.isValid() || !periodOk || days <= 0) {
        sink.reject(record.line,
            QCoreApplication::translate(
                "Import", "the Report Refresh Date or Report Period is missing or not valid"));
        return;
    }
    const bool deleted = m_deleted >= 0
        && fields.value(m_deleted).trimmed().compare(m_layout.deletedValue, Qt::CaseInsensitive)
            == 0;
    const QString user = fields.value(m_user).trimmed();
    // Deleted users' names are often blanked: such a row is a user of its own.
    if (!deleted && user.isEmpty()) {
        sink.reject(
            record.line, QCoreApplication::translate("Import", "the User Principal Name is empty"));
        return;
    }
    const QString lastActivityText = fields.value(m_lastActivity).trimmed();
    const QDate lastActivity = Microsoft365UsageReport::date(fields, m_lastActivity);
    if (!lastActivityText.isEmpty() && !lastActivity.isValid()) {
        sink.reject(record.line,
            QCoreApplication::translate("Import", "the Last Activity Date is not a date"));
        return;
    }
    QList<double> values;
    QString reason;
    if (!Microsoft365UsageReport::readCounts(fields, m_counts, &values, &reason)) {
        sink.reject(record.line, reason);
        return;
    }

    Window& window = m_windows[{end, days}];
    if (window.firstLine == 0) {
        window.firstLine = record.line;
        window.sums.fill(0.0, m_counts.size());
    }
    if (deleted)
        ++m_deletedRows;
    const QDate first = end.addDays(1 - days);
    const bool active = (lastActivity.isValid() && lastActivity >= first && lastActivity <= end)
        || std::any_of(values.cbegin(), values.cend(), [](double value) { return value > 0; });
    const size_t row = qHash(fields, m_seed);
    const size_t userKey = user.isEmpty() ? row : qHash(user.toLower(), m_seed);
    auto seen = window.users.find(userKey);
    if (seen == window.users.end()) {
        window.users.insert(userKey, Seen{row, record.line, active, deleted});
    } else if (seen->row == row) {
        // A file pasted together twice: the copy would double the counts.
        sink.reject(record.line,
            QCoreApplication::translate("Import", "the row repeats line %1; it is counted once")
                .arg(seen->line));
        return;
    } else {
        // Another account under the same name (one removed and made again): its activity
        // counts, the user once.
        seen->active = seen->active || active;
        seen->deleted = seen->deleted && deleted;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        window.sums[i] += values.at(i);
}

void Microsoft365UserDetailProfile::finish(ImportSink& sink)
{
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
        const QDate last = it.key().first;
        const QDate first = last.addDays(1 - it.key().second);
        QString reason;
        const QString month = Microsoft365SiteUsageProfile::monthForWindow(first, last, &reason);
        sink.decide(reason);
        const Window& window = it.value();
        const auto write
            = [&](const QString& key, const QString& label, const char* aggregation, double value) {
                  sink.figure(ObservationDraft{key, label, QString::fromLatin1(aggregation), month,
                      first, last, QString(), value, window.firstLine});
              };
        const auto active = std::count_if(window.users.cbegin(), window.users.cend(),
            [](const Seen& seen) { return seen.active; });
        // Users are a stock of the window: a month's figure is not the sum of its windows.
        write(m_layout.activeKey, m_layout.activeLabel, "last", double(active));
        const auto listed = std::count_if(window.users.cbegin(), window.users.cend(),
            [](const Seen& seen) { return !seen.deleted; });
        write(m_layout.listedKey, m_layout.listedLabel, "last", double(listed));
        for (qsizetype i = 0; i < m_counts.size(); ++i)
            write(m_counts.at(i).key, m_counts.at(i).label, "sum", window.sums.at(i));
    }
    if (m_deletedRows > 0) {
        sink.decide(QCoreApplication::translate("Import",
            "%n row(s) of users deleted during the window: their activity counts in the "
            "totals and active users, but they are not counted as users in the report",
            nullptr, m_deletedRows));
    }
    sink.decide(QCoreApplication::translate(
        "Import", "users' names are not kept: their activity is added up per window"));
    m_windows.clear();
}

} // namespace stuurboord
