#include "DemoUsageWriter.h"

#include "DemoContext.h"
#include "DemoUsageModel.h"
#include "domain/BenchmarkValue.h"
#include "domain/ImportBatch.h"
#include "domain/ImportProfile.h"
#include "domain/Metric.h"
#include "domain/Observation.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>

namespace stuurboord {

namespace {

const QString profileName = QStringLiteral("Plein maandexport");

// The demo never reads a real file, so the checksum is derived from the file name: stable,
// 64 hex digits like a real SHA-256, and different for every month.
QString checksum(const QString& fileName)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(fileName.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QDateTime utc(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc());
}

} // namespace

Outcome DemoUsageWriter::writeUsage(DemoContext& context)
{
    if (Outcome outcome = writeMetrics(context); !outcome)
        return outcome;
    if (Outcome outcome = writeImportProfiles(context); !outcome)
        return outcome;

    const DemoUsageModel model(context);
    const QStringList departments = DemoUsageModel::departments();
    int rowsPerMonth = 0;
    for (const DemoUsageModel::MetricInfo& info : DemoUsageModel::metrics())
        rowsPerMonth += 1 + (info.byDepartment ? int(departments.size()) : 0);

    for (int i = 0; i < DemoContext::usageMonths; ++i) {
        const QDate start = context.month(i);
        const QDate end = DemoContext::monthEnd(start);
        const QString period = DemoContext::monthKey(start);

        ImportBatch batch;
        batch.fileName = QStringLiteral("plein-gebruiksrapport-%1.csv").arg(period);
        batch.sha256 = checksum(batch.fileName);
        batch.profileName = profileName;
        // The coordinator imports the export a few working days after the month closes.
        batch.importedAt = utc(end.addDays(3 + (i * 5) % 4), 8 + i % 3, (i * 7) % 60);
        // Now and then the export holds a line for a deleted department, which is rejected.
        batch.rowsRejected = i % 7 == 3 ? 1 : 0;
        batch.rowsKept = rowsPerMonth;
        batch.rowsRead = rowsPerMonth + batch.rowsRejected;
        batch.firstPeriod = period;
        batch.lastPeriod = period;
        if (Outcome outcome = context.add(batch, batch.fileName); !outcome)
            return outcome;

        for (const DemoUsageModel::MetricInfo& info : DemoUsageModel::metrics()) {
            const QString key = QString::fromUtf8(info.key);
            Observation observation;
            observation.metricId = context.id(QStringLiteral("metric:") + key);
            observation.period = period;
            observation.windowStart = start;
            observation.windowEnd = end;
            observation.batchId = batch.id;
            observation.value = model.total(key, i);
            const QString label = key + QLatin1Char(' ') + period;
            if (Outcome outcome = context.add(observation, label); !outcome)
                return outcome;
            if (!info.byDepartment)
                continue;
            const QList<double> parts = model.byDepartment(key, i);
            for (int d = 0; d < departments.size(); ++d) {
                Observation part = observation;
                part.id = 0;
                part.dimension = departments.at(d);
                part.value = parts.at(d);
                if (Outcome outcome
                    = context.add(part, label + QStringLiteral(" ") + part.dimension);
                    !outcome)
                    return outcome;
            }
        }
    }
    return {};
}

Outcome DemoUsageWriter::writeMetrics(DemoContext& context)
{
    for (const DemoUsageModel::MetricInfo& info : DemoUsageModel::metrics()) {
        Metric metric;
        metric.key = QString::fromUtf8(info.key);
        metric.name = QString::fromUtf8(info.name);
        metric.unit = info.unit;
        metric.aggregation = info.aggregation;
        metric.description = QString::fromUtf8(info.description);
        if (Outcome outcome
            = context.add(metric, metric.key, QStringLiteral("metric:") + metric.key);
            !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoUsageWriter::writeImportProfiles(DemoContext& context)
{
    struct ProfileRow
    {
        QString name;
        const char* description;
        const char* definition;
        int daysBeforeGoLive;
    };
    const ProfileRow rows[] = {
        {profileName,
            "Maandelijks gebruiksrapport uit het beheerpaneel van Plein, één regel per "
            "meetwaarde en afdeling.",
            R"({"headerSignature":["maand","meetwaarde","afdeling","waarde"],)"
            R"("delimiter":";","encoding":"UTF-8","decimal":",","dateFormat":"yyyy-MM",)"
            R"("skipLines":0,"columns":{"maand":"period","meetwaarde":"metric",)"
            R"("afdeling":"dimension","waarde":"value"},"periodRule":"calendarMonth"})",
            -40},
        {QStringLiteral("Eigen telling (Excel)"),
            "Het eigen overzicht van de coördinator: Nederlandse Excel-CSV met puntkomma en "
            "decimale komma.",
            R"({"headerSignature":["Datum","Ingevulde profielen","Gestelde vragen"],)"
            R"("delimiter":";","encoding":"Windows-1252","decimal":",","dateFormat":"d-M-yyyy",)"
            R"("skipLines":1,"columns":{"Ingevulde profielen":"profiles_completed",)"
            R"("Gestelde vragen":"questions_asked"},"periodRule":"monthOfDate"})",
            -20},
    };
    for (const ProfileRow& row : rows) {
        ImportProfile profile;
        profile.name = row.name;
        profile.description = QString::fromUtf8(row.description);
        profile.builtIn = false;
        profile.definition = QString::fromUtf8(row.definition);
        profile.createdAt = utc(context.goLive().addDays(row.daysBeforeGoLive), 14, 30);
        if (Outcome outcome = context.add(profile, profile.name); !outcome)
            return outcome;
    }
    return {};
}

Outcome DemoUsageWriter::writeBenchmarks(DemoContext& context)
{
    struct BenchmarkRow
    {
        const char* metricKey; // empty: compares the KPI below
        const char* kpiKey;
        double lower;
        double median;
        double upper;
        bool perEmployee;
    };
    static constexpr BenchmarkRow rows[] = {
        {"unique_logged_in_users", "", 0.62, 0.74, 0.83, true},
        {"active_users", "", 0.41, 0.52, 0.63, true},
        {"profiles_completed", "", 0.41, 0.58, 0.72, true},
        {"page_views", "", 24, 38, 55, true},
        {"questions_asked", "", 0.02, 0.04, 0.07, true},
        {"", "kpi:satisfaction", 6.4, 6.9, 7.4, false},
    };
    // The benchmark appeared in spring; use the latest edition the story already knows.
    const QDate published = context.lastMonth().month() >= 4
        ? QDate(context.lastMonth().year(), 3, 20)
        : QDate(context.lastMonth().year() - 1, 3, 20);
    const QString source
        = QStringLiteral("Benchmark intranetgebruik gemeenten %1").arg(published.year());
    for (const BenchmarkRow& row : rows) {
        BenchmarkValue value;
        value.source = source;
        value.date = published;
        value.sector = Sector::Municipality;
        value.sizeBand = SizeBand::Large;
        value.metricKey = QString::fromUtf8(row.metricKey);
        value.kpiId = context.id(QString::fromUtf8(row.kpiKey));
        value.value = row.median;
        value.lowerQuartile = row.lower;
        value.median = row.median;
        value.upperQuartile = row.upper;
        value.perEmployee = row.perEmployee;
        const QString label
            = value.metricKey.isEmpty() ? QString::fromUtf8(row.kpiKey) : value.metricKey;
        if (Outcome outcome = context.add(value, label); !outcome)
            return outcome;
    }
    return {};
}

} // namespace stuurboord
