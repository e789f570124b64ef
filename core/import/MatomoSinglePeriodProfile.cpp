#include "MatomoSinglePeriodProfile.h"

#include "DateParser.h"

#include <algorithm>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace stuurboord {

namespace {
QStringList lowered(const QStringList& header)
{
    QStringList names;
    for (const QString& cell : header)
        names << cell.trimmed().toLower();
    return names;
}

// The API's column names, and the Dutch and English interface's.
bool isVisitsSummary(const QStringList& names)
{
    const auto has = [&names](const char* name) { return names.contains(QLatin1String(name)); };
    return (has("nb_visits") && has("nb_actions")) || (has("bezoeken") && has("unieke bezoekers"))
        || (has("visits") && has("unique visitors"));
}

// A summary of several periods names each row's period (Matomo: "date" or "label").
bool hasPeriodColumn(const QStringList& names)
{
    static const QStringList periods{QStringLiteral("date"), QStringLiteral("datum"),
        QStringLiteral("label"), QStringLiteral("period"), QStringLiteral("periode"),
        QStringLiteral("month"), QStringLiteral("maand"), QStringLiteral("day"),
        QStringLiteral("dag"), QStringLiteral("week")};
    return std::any_of(
        names.cbegin(), names.cend(), [](const QString& name) { return periods.contains(name); });
}

QString monthOf(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() && year >= 2000 && year < 2100
        ? first.toString(QStringLiteral("yyyy-MM"))
        : QString();
}
} // namespace

QString MatomoSinglePeriodProfile::name() const
{
    return QCoreApplication::translate("Import", "Matomo visits summary (one period)");
}

int MatomoSinglePeriodProfile::recognise(const ProfileInput& input, QString* reason) const
{
    for (int i = 0; i < input.head.size() && i < 5; ++i) {
        const QStringList names = lowered(input.head.at(i).fields);
        if (!isVisitsSummary(names))
            continue;
        if (hasPeriodColumn(names))
            return -1;
        if (reason) {
            *reason = QCoreApplication::translate(
                "Import", "the header matches a Matomo visits summary for one period");
        }
        return i;
    }
    return -1;
}

QString MatomoSinglePeriodProfile::monthInFileName(const QString& fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    static const QRegularExpression dashed(
        QStringLiteral("(?<!\\d)(\\d{4})-(\\d{2})(?:-\\d{2})?(?!\\d)"));
    static const QRegularExpression compact(
        QStringLiteral("(?<!\\d)(\\d{4})(\\d{2})(?:\\d{2})?(?!\\d)"));
    static const QRegularExpression named(QStringLiteral("(\\p{L}{3,})[\\s_.-]*(\\d{4})(?!\\d)"));
    QSet<QString> months;
    for (const QRegularExpression* pattern : {&dashed, &compact}) {
        for (auto it = pattern->globalMatch(base); it.hasNext();) {
            const auto match = it.next();
            months << monthOf(match.capturedView(1).toInt(), match.capturedView(2).toInt());
        }
    }
    for (auto it = named.globalMatch(base); it.hasNext();) {
        const auto match = it.next();
        if (const int month = DateParser::monthFromName(match.capturedView(1)))
            months << monthOf(match.capturedView(2).toInt(), month);
    }
    months.remove(QString());
    // A range over several months ("2026-01-01_2026-03-31") is not one month.
    return months.size() == 1 ? *months.cbegin() : QString();
}

std::optional<MetricColumns::Period> MatomoSinglePeriodProfile::periodOf(
    const ProfileInput& input, ImportSink& sink, QString* error)
{
    const QString fromName = monthInFileName(input.fileName);
    const QString given = input.options.value(QStringLiteral("period")).trimmed();
    QString month = fromName;
    QString reason;
    if (!fromName.isEmpty()) {
        reason = QCoreApplication::translate("Import", "the file name “%1” names the month %2")
                     .arg(QFileInfo(input.fileName).fileName(), fromName);
    }
    // The user's answer wins over a date in the file name, which may be the day of export.
    if (!given.isEmpty()) {
        const ParsedDate date = DateParser::parse(given);
        if (date.kind != ParsedDate::Kind::Month && date.kind != ParsedDate::Kind::Day) {
            if (error) {
                *error = QCoreApplication::translate(
                    "Import", "“%1” is not a month: give it as 2026-03.")
                             .arg(given);
            }
            return std::nullopt;
        }
        month = date.date.toString(QStringLiteral("yyyy-MM"));
        reason = QCoreApplication::translate("Import", "the month %1 was given with --period")
                     .arg(month);
        if (!fromName.isEmpty() && fromName != month) {
            reason += QCoreApplication::translate(
                "Import", "; the file name names %1, which is not used")
                          .arg(fromName);
        }
    }
    if (month.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("Import",
                "This Matomo export covers one period but does not say which. Give the month "
                "(for example --period 2026-03).");
        }
        sink.offer(QStringLiteral("period"), {});
        return std::nullopt;
    }
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    sink.decide(reason);
    return MetricColumns::Period{month, first, first.addMonths(1).addDays(-1)};
}

bool MatomoSinglePeriodProfile::begin(const ProfileInput& input, ImportSink& sink, QString* error)
{
    const std::optional<MetricColumns::Period> period = periodOf(input, sink, error);
    if (!period)
        return false;
    m_period = *period;
    // Matomo writes its own numbers (2.3 actions per visit) in any language.
    m_columns.reset(
        input.head.at(input.headerIndex).fields, 0, input.keys, NumberConvention::English);
    const QStringList conventions
        = m_columns.guessConventions(input.head.mid(input.headerIndex + 1));
    for (const QString& convention : conventions)
        sink.decide(convention);
    m_rows = 0;
    return true;
}

void MatomoSinglePeriodProfile::take(const CsvRecord& record, ImportSink& sink)
{
    sink.rowRead();
    // No totals-row check: the first column (unique visitors) is empty in Matomo's monthly
    // summaries unless unique visitors are archived for months, and there is one row anyway.
    // Every row would count for the same month: a second one cannot be told from the first.
    if (++m_rows > 1) {
        sink.reject(record.line,
            QCoreApplication::translate("Import",
                "a summary of one period has one row; this further row has no period of its own"));
        return;
    }
    m_columns.write(record, m_period, {}, sink);
}

} // namespace stuurboord
