#include "BenchmarkExchange.h"

#include "Clock.h"
#include "domain/BenchmarkValue.h"
#include "domain/OrganisationProfile.h"
#include "KpiEvaluator.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace stuurboord {

namespace {
const QString formatName = QStringLiteral("stuurboord-benchmark");

SizeBand sizeBandFor(double employees)
{
    if (employees < 250)
        return SizeBand::Small;
    if (employees < 1000)
        return SizeBand::Medium;
    if (employees < 5000)
        return SizeBand::Large;
    return SizeBand::VeryLarge;
}

bool isCount(KpiUnit unit)
{
    return unit == KpiUnit::Count || unit == KpiUnit::Euro;
}

QString simplified(const QString& formula)
{
    return QString(formula).remove(u' ');
}
} // namespace

QJsonObject BenchmarkExchange::build(Workspace& workspace)
{
    const QList<OrganisationProfile> profiles = workspace.repository<OrganisationProfile>().all();
    const OrganisationProfile profile = profiles.value(0);
    const KpiEvaluator evaluator(workspace);
    const Period lastMonth = Period::containing(Clock::today(), Period::Kind::Month).previous();
    const std::optional<double> employees = evaluator.inputs().headcount(lastMonth);
    QJsonArray kpis;
    for (const Kpi& kpi : workspace.repository<Kpi>().all()) {
        if (kpi.lifecycle != KpiLifecycle::Active && kpi.lifecycle != KpiLifecycle::UnderReview)
            continue;
        QJsonArray values;
        for (const KpiPoint& point : evaluator.series(kpi)) {
            // Only values of the current definition: older versions measured something else.
            if (!point.value || point.version != kpi.version)
                continue;
            // Counts only compare between organisations of different size per employee.
            const std::optional<double> headcount = evaluator.inputs().headcount(point.period);
            const bool perEmployee = isCount(kpi.unit) && headcount && *headcount > 0;
            values.append(QJsonObject{{QStringLiteral("period"), point.period.toString()},
                {QStringLiteral("value"), perEmployee ? *point.value / *headcount : *point.value},
                {QStringLiteral("per_employee"), perEmployee}});
        }
        if (values.isEmpty())
            continue;
        QString label = kpi.name;
        if (!profile.name.isEmpty())
            label.remove(profile.name, Qt::CaseInsensitive);
        kpis.append(QJsonObject{{QStringLiteral("label"), label.simplified()},
            {QStringLiteral("definition"),
                kpi.source == KpiSource::Formula ? kpi.formula : QString()},
            {QStringLiteral("unit"), enumKey(kpi.unit)},
            {QStringLiteral("frequency"), enumKey(kpi.frequency)},
            {QStringLiteral("direction"), enumKey(kpi.direction)},
            {QStringLiteral("values"), values}});
    }
    return QJsonObject{{QStringLiteral("format"), formatName},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("sector"), enumKey(profile.sector)},
        {QStringLiteral("size_band"), employees ? enumKey(sizeBandFor(*employees)) : QString()},
        {QStringLiteral("exported_on"), Clock::today().toString(Qt::ISODate)},
        {QStringLiteral("kpis"), kpis}};
}

Outcome BenchmarkExchange::exportTo(Workspace& workspace, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::failure(QCoreApplication::translate(
            "BenchmarkExchange", "The benchmark file could not be written: %1")
                                    .arg(file.errorString()));
    file.write(QJsonDocument(build(workspace)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Outcome::failure(QCoreApplication::translate(
            "BenchmarkExchange", "The benchmark file could not be written: %1")
                                    .arg(file.errorString()));
    return {};
}

BenchmarkExchange::ImportResult BenchmarkExchange::importFrom(
    Workspace& workspace, const QString& path)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.outcome = Outcome::failure(
            QCoreApplication::translate("BenchmarkExchange", "The file %1 could not be read: %2")
                .arg(path, file.errorString()));
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject root = document.object();
    if (error.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")).toString() != formatName) {
        result.outcome = Outcome::failure(QCoreApplication::translate("BenchmarkExchange",
            "This is not a Stuurboord benchmark file. Ask the peer organisation for the file that "
            "Stuurboord exports under Data › Benchmarks."));
        return result;
    }
    if (root.value(QStringLiteral("version")).toInt() > formatVersion) {
        result.outcome = Outcome::failure(QCoreApplication::translate(
            "BenchmarkExchange", "This benchmark file was made by a newer version of Stuurboord."));
        return result;
    }
    const Sector sector
        = enumFromKey(root.value(QStringLiteral("sector")).toString(), Sector::Other);
    const SizeBand band
        = enumFromKey(root.value(QStringLiteral("size_band")).toString(), SizeBand::Medium);
    const QString source
        = QCoreApplication::translate("BenchmarkExchange", "Peer organisation (%1, %2), file %3")
              .arg(enumLabel(sector), enumLabel(band), QFileInfo(path).fileName());
    const QList<Kpi> ours = workspace.repository<Kpi>().all();
    Repository<BenchmarkValue> benchmarks = workspace.repository<BenchmarkValue>();
    const QList<BenchmarkValue> existing = benchmarks.all();
    Transaction transaction(workspace.database());
    for (const QJsonValue& entry : root.value(QStringLiteral("kpis")).toArray()) {
        const QJsonObject kpi = entry.toObject();
        const QString definition = kpi.value(QStringLiteral("definition")).toString();
        const QString label = kpi.value(QStringLiteral("label")).toString();
        // The same definition means the same KPI, whatever each organisation calls it.
        qint64 kpiId = 0;
        for (const Kpi& mine : ours) {
            if ((!definition.isEmpty() && simplified(mine.formula) == simplified(definition))
                || (definition.isEmpty() && mine.source == KpiSource::Manual && mine.name == label))
                kpiId = mine.id;
        }
        for (const QJsonValue& item : kpi.value(QStringLiteral("values")).toArray()) {
            const QJsonObject value = item.toObject();
            const Period period = Period::parse(value.value(QStringLiteral("period")).toString());
            if (!period.isValid() || !value.value(QStringLiteral("value")).isDouble())
                continue;
            BenchmarkValue benchmark;
            benchmark.source = source;
            benchmark.date = period.lastDay();
            benchmark.sector = sector;
            benchmark.sizeBand = band;
            benchmark.metricKey = definition.isEmpty() ? label : definition;
            benchmark.kpiId = kpiId;
            benchmark.value = value.value(QStringLiteral("value")).toDouble();
            benchmark.perEmployee = value.value(QStringLiteral("per_employee")).toBool();
            const bool known
                = std::any_of(existing.cbegin(), existing.cend(), [&](const BenchmarkValue& b) {
                      return b.source == benchmark.source && b.date == benchmark.date
                          && b.metricKey == benchmark.metricKey
                          && qFuzzyCompare(1 + b.value, 1 + benchmark.value);
                  });
            if (known) {
                ++result.skipped;
                continue;
            }
            if (result.outcome = benchmarks.add(benchmark); !result.outcome)
                return result;
            ++result.added;
        }
    }
    if (!transaction.commit())
        result.outcome = Outcome::failure(QCoreApplication::translate(
            "BenchmarkExchange", "The benchmark values could not be saved."));
    return result;
}

} // namespace stuurboord
