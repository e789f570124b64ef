#include "KpiOperations.h"

#include "domain/KpiChange.h"
#include "KpiEvaluator.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>

namespace stuurboord {

namespace {
QString describeChanges(const Kpi& before, const Kpi& after)
{
    QStringList parts;
    if (before.formula != after.formula)
        parts << QCoreApplication::translate("KpiOperations", "formula “%1” → “%2”")
                     .arg(before.formula, after.formula);
    if (before.unit != after.unit)
        parts << QCoreApplication::translate("KpiOperations", "unit %1 → %2")
                     .arg(enumLabel(before.unit), enumLabel(after.unit));
    if (before.frequency != after.frequency)
        parts << QCoreApplication::translate("KpiOperations", "frequency %1 → %2")
                     .arg(enumLabel(before.frequency), enumLabel(after.frequency));
    if (before.source != after.source)
        parts << QCoreApplication::translate("KpiOperations", "source %1 → %2")
                     .arg(enumLabel(before.source), enumLabel(after.source));
    if (before.direction != after.direction)
        parts << QCoreApplication::translate("KpiOperations", "direction %1 → %2")
                     .arg(enumLabel(before.direction), enumLabel(after.direction));
    return parts.join(u"; ");
}
} // namespace

KpiOperations::KpiOperations(Workspace& workspace)
    : m_workspace(workspace)
{
}

Outcome KpiOperations::log(
    qint64 kpiId, int version, const QString& what, const QString& why, const QString& author)
{
    KpiChange change;
    change.kpiId = kpiId;
    change.version = version;
    change.changedAt = QDateTime::currentDateTimeUtc();
    change.author = author;
    change.what = what;
    change.why = why;
    return m_workspace.repository<KpiChange>().add(change);
}

Outcome KpiOperations::freezeValues(const Kpi& before)
{
    if (before.source != KpiSource::Formula)
        return {};
    const KpiEvaluator evaluator(m_workspace);
    Repository<KpiValue> values = m_workspace.repository<KpiValue>();
    for (const KpiPoint& point : evaluator.series(before)) {
        if (point.recorded || !point.value)
            continue;
        KpiValue value;
        value.kpiId = before.id;
        value.period = point.period.toString();
        value.value = *point.value;
        value.version = before.version;
        value.note = QCoreApplication::translate(
            "KpiOperations", "Computed with version %1 before the definition changed.")
                         .arg(before.version);
        value.enteredAt = QDateTime::currentDateTimeUtc();
        if (Outcome outcome = values.add(value); !outcome)
            return outcome;
    }
    return {};
}

Outcome KpiOperations::save(Kpi edited, const QString& why, const QString& author)
{
    Repository<Kpi> kpis = m_workspace.repository<Kpi>();
    Transaction transaction(m_workspace.database());
    if (edited.id == 0) {
        edited.version = 1;
        if (Outcome outcome = kpis.add(edited); !outcome)
            return outcome;
        if (Outcome outcome = log(edited.id, 1,
                QCoreApplication::translate("KpiOperations", "KPI created"), why, author);
            !outcome)
            return outcome;
        return transaction.commit() ? Outcome()
                                    : Outcome::failure(QCoreApplication::translate(
                                        "KpiOperations", "The KPI could not be saved."));
    }
    const std::optional<Kpi> before = kpis.get(edited.id);
    if (!before)
        return Outcome::failure(
            QCoreApplication::translate("KpiOperations", "This KPI no longer exists."));
    const QString changes = describeChanges(*before, edited);
    edited.version = before->version;
    if (!changes.isEmpty()) {
        if (why.trimmed().isEmpty())
            return Outcome::failure(QCoreApplication::translate("KpiOperations",
                                        "Say why the definition changes; the change log keeps it."),
                QStringLiteral("why"));
        if (Outcome outcome = freezeValues(*before); !outcome)
            return outcome;
        edited.version = before->version + 1;
    }
    if (Outcome outcome = kpis.update(edited); !outcome)
        return outcome;
    if (!changes.isEmpty()) {
        if (Outcome outcome = log(edited.id, edited.version,
                QCoreApplication::translate("KpiOperations", "Definition changed: %1").arg(changes),
                why, author);
            !outcome)
            return outcome;
    }
    return transaction.commit() ? Outcome()
                                : Outcome::failure(QCoreApplication::translate(
                                    "KpiOperations", "The KPI could not be saved."));
}

Outcome KpiOperations::review(Kpi reviewed, ReviewOutcome outcome, const QString& reason,
    const QString& author, const QDate& nextReview)
{
    if (reason.trimmed().isEmpty())
        return Outcome::failure(QCoreApplication::translate("KpiOperations",
                                    "Give the reason for the outcome of the review."),
            QStringLiteral("reason"));
    Transaction transaction(m_workspace.database());
    QString what;
    switch (outcome) {
    case ReviewOutcome::Kept:
        what = QCoreApplication::translate("KpiOperations", "Reviewed: kept");
        break;
    case ReviewOutcome::Changed:
        what = QCoreApplication::translate("KpiOperations", "Reviewed: changed");
        break;
    case ReviewOutcome::Retired:
        what = QCoreApplication::translate("KpiOperations", "Reviewed: retired");
        reviewed.lifecycle = KpiLifecycle::Retired;
        reviewed.retiredReason = reason;
        break;
    }
    reviewed.nextReview = outcome == ReviewOutcome::Retired ? QDate() : nextReview;
    if (Outcome saved = save(reviewed, reason, author); !saved)
        return saved;
    const int version = m_workspace.repository<Kpi>().get(reviewed.id)->version;
    if (Outcome logged = log(reviewed.id, version, what, reason, author); !logged)
        return logged;
    return transaction.commit() ? Outcome()
                                : Outcome::failure(QCoreApplication::translate(
                                    "KpiOperations", "The review could not be saved."));
}

bool KpiOperations::needsConfirmation(const Kpi& kpi, double value)
{
    return kpi.unit == KpiUnit::Percentage && (value > 100 || value < 0);
}

Outcome KpiOperations::enterValue(qint64 kpiId, const QString& period, double value,
    const QString& note, Confirmation confirmation)
{
    const std::optional<Kpi> kpi = m_workspace.repository<Kpi>().get(kpiId);
    if (!kpi)
        return Outcome::failure(
            QCoreApplication::translate("KpiOperations", "This KPI no longer exists."));
    if (kpi->source != KpiSource::Manual)
        return Outcome::failure(QCoreApplication::translate("KpiOperations",
            "“%1” is calculated from usage data; its values cannot be entered by hand.")
                                    .arg(kpi->name));
    const Period parsed = Period::parse(period);
    if (!parsed.isValid() || parsed.kind() != Period::kindFor(kpi->frequency)) {
        return Outcome::failure(
            QCoreApplication::translate(
                "KpiOperations", "“%1” is measured %2; choose a period such as %3.")
                .arg(kpi->name, enumLabel(kpi->frequency),
                    Period::containing(QDate(2026, 4, 1), Period::kindFor(kpi->frequency))
                        .toString()),
            QStringLiteral("period"));
    }
    if (needsConfirmation(*kpi, value) && confirmation != Confirmation::Confirmed) {
        return Outcome::failure(QCoreApplication::translate("KpiOperations",
                                    "%1% is outside 0–100% for a percentage. Is that right?")
                                    .arg(value),
            QStringLiteral("value"));
    }
    Repository<KpiValue> values = m_workspace.repository<KpiValue>();
    for (KpiValue existing : values.where(QStringLiteral("kpi_id"), kpiId)) {
        if (existing.period == parsed.toString() && existing.version == kpi->version) {
            existing.value = value;
            existing.note = note;
            existing.enteredAt = QDateTime::currentDateTimeUtc();
            return values.update(existing);
        }
    }
    KpiValue entry;
    entry.kpiId = kpiId;
    entry.period = parsed.toString();
    entry.value = value;
    entry.version = kpi->version;
    entry.note = note;
    entry.enteredAt = QDateTime::currentDateTimeUtc();
    return values.add(entry);
}

} // namespace stuurboord
