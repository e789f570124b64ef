#include "Microsoft365SiteUsageProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace stuurboord {

namespace {
const QStringList signature{QStringLiteral("Report Refresh Date"), QStringLiteral("Site URL"),
    QStringLiteral("Page View Count"), QStringLiteral("Visited Page Count"),
    QStringLiteral("Report Period")};

} // namespace

QString Microsoft365SiteUsageProfile::name() const
{
    return QCoreApplication::translate("Import", "Microsoft 365 SharePoint site usage");
}

int Microsoft365SiteUsageProfile::recognise(const ProfileInput& input, QString* reason) const
{
    for (int i = 0; i < input.head.size() && i < 5; ++i) {
        const QStringList& header = input.head.at(i).fields;
        const bool all = std::all_of(signature.cbegin(), signature.cend(),
            [&header](const QString& column) { return header.contains(column); });
        if (all) {
            if (reason)
                *reason = QCoreApplication::translate(
                    "Import", "the header matches Microsoft 365 SharePoint site usage detail");
            return i;
        }
    }
    return -1;
}

QString Microsoft365SiteUsageProfile::monthForWindow(
    const QDate& first, const QDate& last, QString* reason)
{
    QMap<QString, int> days;
    for (QDate day = first; day <= last; day = day.addDays(1))
        ++days[day.toString(QStringLiteral("yyyy-MM"))];
    QString month;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        // Ties go to the later month: the export was made for the period just ended.
        if (month.isEmpty() || it.value() >= days.value(month))
            month = it.key();
    }
    if (reason) {
        *reason = QCoreApplication::translate(
            "Import", "the %1-day window %2 to %3 counts for %4, the month with most of its days")
                      .arg(first.daysTo(last) + 1)
                      .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate), month);
    }
    return month;
}

bool Microsoft365SiteUsageProfile::begin(
    const ProfileInput& input, ImportSink& sink, QString* error)
{
    Q_UNUSED(error)
    m_header = input.head.at(input.headerIndex).fields;
    m_windows.clear();
    sink.decide(QCoreApplication::translate(
        "Import", "site owners' names and addresses are not kept: the sites are added up"));
    return true;
}

void Microsoft365SiteUsageProfile::take(const CsvRecord& record, ImportSink& sink)
{
    const QStringList& header = m_header;
    const auto col
        = [&header](const char* name) { return header.indexOf(QString::fromLatin1(name)); };
    const int refresh = col("Report Refresh Date"), period = col("Report Period"),
              deleted = col("Is Deleted"), lastActivity = col("Last Activity Date"),
              files = col("File Count"), activeFiles = col("Active File Count"),
              views = col("Page View Count"), visited = col("Visited Page Count"),
              storage = col("Storage Used (Byte)");

    {
        sink.rowRead();
        const QDate end = QDate::fromString(record.fields.value(refresh), Qt::ISODate);
        bool daysOk = false;
        const int days = record.fields.value(period).toInt(&daysOk);
        if (!end.isValid() || !daysOk || days <= 0) {
            sink.reject(record.line,
                QCoreApplication::translate(
                    "Import", "the report refresh date or report period is missing or not valid"));
            return;
        }
        bool numbersOk = true;
        const auto number = [&](int index) {
            bool ok = false;
            const double value = record.fields.value(index).toDouble(&ok);
            numbersOk = numbersOk && (ok || record.fields.value(index).isEmpty());
            return ok ? value : 0.0;
        };
        Totals& totals = m_windows[{end, days}];
        if (totals.firstLine == 0)
            totals.firstLine = record.line;
        if (record.fields.value(deleted).compare(QStringLiteral("True"), Qt::CaseInsensitive) == 0)
            return; // a deleted site no longer counts
        const Totals before = totals;
        totals.files += number(files);
        totals.activeFiles += number(activeFiles);
        totals.pageViews += number(views);
        totals.visitedPages += number(visited);
        totals.storage += number(storage);
        if (!numbersOk) {
            totals = before;
            sink.reject(record.line,
                QCoreApplication::translate("Import", "a count in this row is not a number"));
            return;
        }
        totals.sites += 1;
        const QDate active = QDate::fromString(record.fields.value(lastActivity), Qt::ISODate);
        if (active.isValid() && active >= end.addDays(1 - days) && active <= end)
            totals.activeSites += 1;
    }
}

void Microsoft365SiteUsageProfile::finish(ImportSink& sink)
{
    for (auto it = m_windows.cbegin(); it != m_windows.cend(); ++it) {
        const QDate last = it.key().first;
        const QDate first = last.addDays(1 - it.key().second);
        QString reason;
        const QString month = monthForWindow(first, last, &reason);
        sink.decide(reason);
        const Totals& totals = it.value();
        // Views are flows (they add up over months); sites, files and storage are stocks.
        struct Figure
        {
            const char* key;
            double value;
            const char* aggregation;
        };
        const Figure figures[] = {{"sharepoint_page_views", totals.pageViews, "sum"},
            {"sharepoint_visited_pages", totals.visitedPages, "sum"},
            {"sharepoint_sites", totals.sites, "last"},
            {"sharepoint_active_sites", totals.activeSites, "last"},
            {"sharepoint_files", totals.files, "last"},
            {"sharepoint_active_files", totals.activeFiles, "last"},
            {"sharepoint_storage_used_bytes", totals.storage, "last"}};
        for (const auto& [key, value, aggregation] : figures) {
            // Named by StandardMetricNames when the metric is created.
            sink.figure(ObservationDraft{QString::fromLatin1(key), QString::fromLatin1(key),
                QString::fromLatin1(aggregation), month, first, last, QString(), value,
                totals.firstLine});
        }
    }
}

} // namespace stuurboord
