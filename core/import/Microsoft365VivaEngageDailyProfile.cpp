#include "Microsoft365VivaEngageDailyProfile.h"

#include <QCoreApplication>

namespace stuurboord {

namespace {
const QStringList signature{QStringLiteral("Report Refresh Date"), QStringLiteral("Liked"),
    QStringLiteral("Posted"), QStringLiteral("Read"), QStringLiteral("Report Date"),
    QStringLiteral("Report Period")};
} // namespace

QString Microsoft365VivaEngageDailyProfile::name() const
{
    return QCoreApplication::translate("Import", "Microsoft 365 Viva Engage activity counts");
}

int Microsoft365VivaEngageDailyProfile::recognise(const ProfileInput& input, QString* reason) const
{
    const int index = Microsoft365UsageReport::findHeader(input.head, signature);
    if (index >= 0 && reason) {
        *reason = QCoreApplication::translate(
            "Import", "the header matches Microsoft 365 Viva Engage activity counts");
    }
    return index;
}

bool Microsoft365VivaEngageDailyProfile::begin(
    const ProfileInput& input, ImportSink& sink, QString* error)
{
    Q_UNUSED(sink)
    Q_UNUSED(error)
    using Count = Microsoft365UsageReport::Count;
    const QStringList& header = input.head.at(input.headerIndex).fields;
    // The same keys as the activity user detail: the same messages, counted per day.
    m_counts = Microsoft365UsageReport::present(header,
        {Count{QStringLiteral("Posted"), QStringLiteral("viva_engage_posted"),
             QStringLiteral("Viva Engage messages posted")},
            Count{QStringLiteral("Read"), QStringLiteral("viva_engage_read"),
                QStringLiteral("Viva Engage messages read")},
            Count{QStringLiteral("Liked"), QStringLiteral("viva_engage_liked"),
                QStringLiteral("Viva Engage messages liked")}});
    m_day = Microsoft365UsageReport::column(header, QStringLiteral("Report Date"));
    m_lines.clear();
    return true;
}

void Microsoft365VivaEngageDailyProfile::take(const CsvRecord& record, ImportSink& sink)
{
    sink.rowRead();
    const QDate day = Microsoft365UsageReport::date(record.fields, m_day);
    if (!day.isValid()) {
        sink.reject(record.line,
            QCoreApplication::translate("Import", "the Report Date is missing or not a date"));
        return;
    }
    QList<double> values;
    QString reason;
    if (!Microsoft365UsageReport::readCounts(record.fields, m_counts, &values, &reason)) {
        sink.reject(record.line, reason);
        return;
    }
    // Two exports pasted together overlap by days; a day read twice would count double.
    if (const auto earlier = m_lines.constFind(day); earlier != m_lines.cend()) {
        sink.reject(record.line,
            QCoreApplication::translate("Import", "the day %1 was already read on line %2")
                .arg(day.toString(Qt::ISODate))
                .arg(earlier.value()));
        return;
    }
    m_lines.insert(day, record.line);
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        ObservationDraft draft;
        draft.metricKey = m_counts.at(i).key;
        draft.metricLabel = m_counts.at(i).label;
        draft.aggregation = QStringLiteral("sum");
        draft.month = day.toString(QStringLiteral("yyyy-MM"));
        draft.windowStart = day;
        draft.windowEnd = day;
        draft.value = values.at(i);
        draft.line = record.line;
        sink.figure(std::move(draft));
    }
}

void Microsoft365VivaEngageDailyProfile::finish(ImportSink& sink)
{
    // A month the export covers only in part (the first of a 30-day export) adds up to
    // less than the whole month; say so rather than let it pass for a quiet month.
    QMap<QString, int> daysPerMonth;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        ++daysPerMonth[it.key().toString(QStringLiteral("yyyy-MM"))];
    for (auto it = daysPerMonth.cbegin(); it != daysPerMonth.cend(); ++it) {
        const int length = QDate::fromString(it.key(), QStringLiteral("yyyy-MM")).daysInMonth();
        if (it.value() == length) {
            sink.decide(
                QCoreApplication::translate("Import", "%1: every day of the month is in the file")
                    .arg(it.key()));
        } else {
            sink.decide(QCoreApplication::translate(
                "Import", "%1: %2 of the month's %3 days are in the file; the month is incomplete")
                            .arg(it.key())
                            .arg(it.value())
                            .arg(length));
        }
    }
    m_lines.clear();
}

} // namespace stuurboord
