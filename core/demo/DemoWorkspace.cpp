#include "DemoWorkspace.h"

#include "DemoAnnotationWriter.h"
#include "DemoBacklogWriter.h"
#include "DemoBudgetWriter.h"
#include "DemoContext.h"
#include "DemoKpiWriter.h"
#include "DemoMeetingWriter.h"
#include "DemoPeopleWriter.h"
#include "DemoUsageWriter.h"
#include "domain/HeadcountEntry.h"
#include "domain/OrganisationProfile.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>

namespace stuurboord {

namespace {

const QString organisationName = QStringLiteral("Gemeente Dijkstede");

Outcome writeOrganisation(DemoContext& context)
{
    const QList<OrganisationProfile> profiles
        = context.workspace().repository<OrganisationProfile>().all();
    if (profiles.isEmpty())
        return Outcome::failure(QCoreApplication::translate("DemoWorkspace",
            "The demo workspace could not be written: the workspace has no "
            "organisation profile."));
    OrganisationProfile profile = profiles.first();
    profile.name = organisationName;
    profile.platform = QStringLiteral("Plein (sociaal intranet)");
    profile.goLive = context.goLive();
    profile.sector = Sector::Municipality;
    profile.reportLanguage = ReportLanguage::Dutch;
    profile.coordinator = QStringLiteral("Noor de Wit");
    if (Outcome outcome = context.workspace().repository<OrganisationProfile>().update(profile);
        !outcome)
        return DemoContext::failure(
            OrganisationProfile::entity().spec().singular(), profile.name, outcome);

    // One entry per month from the go-live month on, so every usage month has its own,
    // frozen denominator.
    for (int i = -1; i < DemoContext::usageMonths; ++i) {
        HeadcountEntry entry;
        entry.month = DemoContext::monthKey(context.month(i));
        entry.employees = context.headcount(i);
        if (Outcome outcome = context.add(entry, entry.month); !outcome)
            return outcome;
    }
    return {};
}

} // namespace

Outcome DemoWorkspace::write(const QString& path, QDate lastMonth)
{
    if (!lastMonth.isValid())
        return Outcome::failure(QCoreApplication::translate(
            "DemoWorkspace", "Give the last month of usage data for the demo workspace."));
    // Workspace::create refuses an existing file, which leaves that file untouched, and
    // fills the new one before it gets its name: an interrupted demo leaves nothing behind.
    const OpenResult created = Workspace::create(path, organisationName, false,
        [lastMonth](Workspace& workspace) { return fill(workspace, lastMonth); });
    return created.ok() ? Outcome() : Outcome::failure(created.message);
}

Outcome DemoWorkspace::fill(Workspace& workspace, QDate lastMonth)
{
    if (!lastMonth.isValid())
        return Outcome::failure(QCoreApplication::translate(
            "DemoWorkspace", "Give the last month of usage data for the demo workspace."));
    DemoContext context(workspace, lastMonth);
    Transaction transaction(workspace.database());
    if (!transaction.isActive())
        return Outcome::failure(QCoreApplication::translate(
            "DemoWorkspace", "The demo workspace could not be written: %1")
                                    .arg(workspace.database().lastError().text()));

    // Parents before the rows that point at them.
    using Step = Outcome (*)(DemoContext&);
    const Step steps[] = {
        writeOrganisation,
        DemoPeopleWriter::writeStakeholders,
        DemoPeopleWriter::writeGoals,
        DemoUsageWriter::writeUsage,
        DemoKpiWriter::write,
        DemoAnnotationWriter::write,
        DemoMeetingWriter::write,
        DemoPeopleWriter::writeAgreements,
        DemoBudgetWriter::write,
        DemoBacklogWriter::write,
        DemoUsageWriter::writeBenchmarks,
    };
    for (Step step : steps) {
        if (Outcome outcome = step(context); !outcome)
            return outcome; // the transaction rolls back
    }
    if (!transaction.commit())
        return Outcome::failure(QCoreApplication::translate(
            "DemoWorkspace", "The demo workspace could not be written: %1")
                                    .arg(workspace.database().lastError().text()));
    return {};
}

} // namespace stuurboord
