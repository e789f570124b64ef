#include "KpiEditor.h"

#include "Clock.h"
#include "LocalUser.h"
#include "commands/SnapshotCommand.h"
#include "domain/KpiChange.h"
#include "domain/KpiValue.h"
#include "domain/OrganisationProfile.h"
#include "FormulaAssist.h"
#include "domain/Metric.h"
#include "kpi/Formula.h"
#include "kpi/KpiUnitGuess.h"
#include "kpi/KpiOperations.h"
#include "kpi/Period.h"
#include "RecordEditDialog.h"
#include "storage/queries/KpiInputs.h"
#include "storage/Workspace.h"
#include "WorkspaceContext.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QToolButton>
#include <QLineEdit>
#include <QMessageBox>

namespace stuurboord {

namespace {
// Tries the formula on every month with data, so a zero denominator (a month without
// questions, a headcount of 0) shows up while typing rather than as gaps later.
QString divisionByZero(const QString& formula, const KpiInputs& inputs)
{
    const Period first = Period::parse(inputs.firstMonth());
    if (!first.isValid())
        return {};
    const Period last = Period::containing(Clock::today(), Period::Kind::Month).previous();
    for (Period month = first; !(last < month); month = month.next()) {
        QMap<QString, double> values;
        bool complete = true;
        for (const QString& name : Formula::variables(formula)) {
            const std::optional<double> value = name == Formula::headcountVariable()
                ? inputs.headcount(month)
                : inputs.metric(name, month);
            complete = complete && value.has_value();
            values.insert(name, value.value_or(0));
        }
        QString problem;
        if (complete && !Formula::evaluate(formula, values, &problem))
            return QCoreApplication::translate(
                "KpiEditor", "For %1 the formula gives no value: %2.")
                .arg(month.toString(), problem);
    }
    return {};
}
} // namespace

bool KpiEditor::definitionDiffers(const Kpi& a, const Kpi& b)
{
    return a.formula != b.formula || a.unit != b.unit || a.frequency != b.frequency
        || a.source != b.source || a.direction != b.direction;
}

QString KpiEditor::author(WorkspaceContext& context)
{
    const QList<OrganisationProfile> profiles
        = context.workspace().repository<OrganisationProfile>().all();
    if (!profiles.isEmpty() && !profiles.first().coordinator.isEmpty())
        return profiles.first().coordinator;
    const QString user = LocalUser::name();
    return user.isEmpty() ? QCoreApplication::translate("KpiEditor", "coordinator") : user;
}

std::optional<KpiEditor::Result> KpiEditor::ask(
    WorkspaceContext& context, const Kpi& kpi, QWidget* parent, const QString& title)
{
    const TableSpec& spec = Kpi::entity().spec();
    RecordEditDialog dialog(spec, context.records(), Kpi::entity().toRecord(kpi), parent);
    if (!title.isEmpty())
        dialog.setWindowTitle(title);
    const auto inputs = std::make_shared<KpiInputs>(context.workspace().database());
    const QStringList keys = inputs->metricKeys();
    dialog.setLiveCheck(QStringLiteral("formula"), [keys, inputs](const QString& text) -> QString {
        if (text.trimmed().isEmpty())
            return {};
        if (const auto problem = Formula::check(text, keys)) {
            return problem->position >= 0
                ? QCoreApplication::translate("KpiEditor", "At position %1: %2")
                      .arg(problem->position + 1)
                      .arg(problem->message)
                : problem->message;
        }
        return divisionByZero(text, *inputs);
    });
    if (auto* formula = qobject_cast<QLineEdit*>(dialog.editor(QStringLiteral("formula")))) {
        QList<FormulaAssist::Metric> metrics;
        QMap<QString, MetricUnit> units;
        for (const Metric& metric : context.workspace().repository<Metric>().all()) {
            metrics.append({metric.key, metric.name.isEmpty() ? metric.key : metric.name});
            units.insert(metric.key, metric.unit);
        }
        auto* assist = new FormulaAssist(formula, metrics);
        dialog.addBeside(QStringLiteral("formula"), assist->pickerButton());
        // The unit follows from the formula until someone chooses it; an existing KPI has one.
        auto* unit = qobject_cast<QComboBox*>(dialog.editor(QStringLiteral("unit")));
        if (unit && kpi.id == 0) {
            const auto chosen = std::make_shared<bool>(false);
            QObject::connect(unit, &QComboBox::activated, unit, [chosen] { *chosen = true; });
            QObject::connect(formula, &QLineEdit::textChanged, unit, [unit, units, chosen](const QString& text) {
                if (*chosen)
                    return;
                if (const std::optional<KpiUnit> guess = KpiUnitGuess::fromFormula(text, units))
                    unit->setCurrentIndex(unit->findData(enumKey(*guess)));
            });
        }
    }
    // The version follows from definition changes; nobody types it.
    if (auto* version = dialog.findChild<QWidget*>(QStringLiteral("version")))
        version->setEnabled(false);
    auto* why = new QLineEdit;
    why->setObjectName(QStringLiteral("why"));
    why->setToolTip(QCoreApplication::translate(
        "KpiEditor", "Needed when the formula, unit, frequency, source or direction changes"));
    why->setPlaceholderText(
        QCoreApplication::translate("KpiEditor", "Needed when the definition changes"));
    dialog.addExtraRow(QCoreApplication::translate("KpiEditor", "Reason for the change"), why);
    dialog.setFinalCheck([&kpi, why, keys](const Record& record) {
        QStringList problems;
        const Kpi edited = Kpi::entity().fromRecord(record);
        if (edited.source == KpiSource::Formula) {
            if (const auto problem = Formula::check(edited.formula, keys))
                problems << problem->message;
        }
        if (kpi.id != 0 && definitionDiffers(kpi, edited) && why->text().trimmed().isEmpty())
            problems << QCoreApplication::translate("KpiEditor",
                "The definition changes, so this becomes version %1. Say why in “Reason for the "
                "change”; "
                "the change log keeps it.")
                            .arg(kpi.version + 1);
        return problems;
    });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Result{Kpi::entity().fromRecord(dialog.record()), why->text().trimmed()};
}

void KpiEditor::editAndSave(WorkspaceContext& context, qint64 kpiId, QWidget* parent)
{
    Kpi kpi;
    if (kpiId != 0) {
        const std::optional<Kpi> stored = context.workspace().repository<Kpi>().get(kpiId);
        if (!stored)
            return;
        kpi = *stored;
    }
    const std::optional<Result> result = ask(context, kpi, parent);
    if (!result)
        return;
    const QString text = kpiId == 0
        ? QCoreApplication::translate("KpiEditor", "Add KPI “%1”").arg(result->kpi.name)
        : QCoreApplication::translate("KpiEditor", "Edit KPI “%1”").arg(result->kpi.name);
    const Outcome saved = SnapshotCommand::run(context, text,
        {{&Kpi::entity().spec(), {}, {}}, {&KpiValue::entity().spec(), {}, {}},
            {&KpiChange::entity().spec(), {}, {}}},
        [&] {
            return KpiOperations(context.workspace())
                .save(result->kpi,
                    result->why.isEmpty() ? QCoreApplication::translate("KpiEditor", "New KPI")
                                          : result->why,
                    author(context));
        });
    if (!saved)
        QMessageBox::warning(
            parent, QCoreApplication::translate("KpiEditor", "KPI not saved"), saved.message());
}

} // namespace stuurboord
