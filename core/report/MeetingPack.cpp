#include "MeetingPack.h"

#include "Clock.h"
#include "PackContext.h"
#include "PackKpiParts.h"
#include "PackLanguage.h"
#include "PackMeetingParts.h"
#include "PackResourceParts.h"
#include "domain/MeetingSeries.h"
#include "domain/OrganisationProfile.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stuurboord {

namespace {
PackPart partFor(PackSection section, const PackContext& context, QList<KpiChartData>& charts)
{
    switch (section) {
    case PackSection::Summary:
        return PackKpiParts::summary(context);
    case PackSection::Kpis:
        return PackKpiParts::table(context);
    case PackSection::Charts:
        return PackKpiParts::charts(context, charts);
    case PackSection::Usage:
        return PackResourceParts::usage(context);
    case PackSection::FollowUps:
        return PackMeetingParts::followUps(context);
    case PackSection::Goals:
        return PackKpiParts::goals(context);
    case PackSection::PreviousMeeting:
        return PackMeetingParts::previousMeeting(context);
    case PackSection::Budget:
        return PackResourceParts::budget(context);
    case PackSection::Backlog:
        return PackResourceParts::backlog(context);
    case PackSection::Trends:
        return PackKpiParts::trends(context);
    case PackSection::Upcoming:
        break;
    }
    return PackMeetingParts::upcoming(context);
}

// A file name any system accepts: "Stuurgroep intranet 2026-12-24.pdf".
QString fileNameFor(QString name, const QDate& date)
{
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral("-"));
    return QStringLiteral("%1 %2.pdf").arg(name.simplified(), date.toString(Qt::ISODate));
}
} // namespace

std::optional<MeetingPack> MeetingPack::build(Workspace& workspace, const PackRequest& request, QString* error)
{
    std::optional<Meeting> meeting;
    if (request.meetingId != 0) {
        meeting = workspace.repository<Meeting>().get(request.meetingId);
        if (!meeting) {
            if (error)
                *error = QCoreApplication::translate("MeetingPack", "There is no meeting with id %1.").arg(request.meetingId);
            return std::nullopt;
        }
    }
    MeetingPack pack;
    pack.language = PackLanguage::normalised(request.language, workspace);
    const PackLanguage language(pack.language);
    pack.meetingId = request.meetingId;
    pack.date = meeting ? meeting->date : request.asOf.isValid() ? request.asOf : Clock::today();
    const PackContext context(workspace, pack.date, meeting);

    const QList<OrganisationProfile> profiles = workspace.repository<OrganisationProfile>().all();
    if (!profiles.isEmpty()) {
        pack.organisation = profiles.constFirst().name;
        pack.logo = profiles.constFirst().logo;
    }
    QString seriesTitle;
    if (meeting) {
        if (const std::optional<MeetingSeries> series = workspace.repository<MeetingSeries>().get(meeting->seriesId))
            seriesTitle = series->title;
    }
    pack.title = meeting ? meeting->title : QCoreApplication::translate("MeetingPack", "Meeting pack");
    pack.subtitle = meeting ? QCoreApplication::translate("MeetingPack", "Meeting pack for %1").arg(PackContext::date(pack.date))
                            : QCoreApplication::translate("MeetingPack", "The state of affairs on %1").arg(PackContext::date(pack.date));
    pack.facts << qMakePair(QCoreApplication::translate("MeetingPack", "Date"), PackContext::date(pack.date));
    if (meeting && !meeting->location.isEmpty())
        pack.facts << qMakePair(QCoreApplication::translate("MeetingPack", "Place"), meeting->location);
    const QString period = PackKpiParts::latestPeriod(context);
    if (!period.isEmpty())
        pack.facts << qMakePair(QCoreApplication::translate("MeetingPack", "Figures up to"), period);
    if (context.previous)
        pack.facts << qMakePair(QCoreApplication::translate("MeetingPack", "Previous meeting"), PackContext::date(context.previous->date));
    const QDate next = PackMeetingParts::nextMeeting(context);
    if (next.isValid())
        pack.facts << qMakePair(QCoreApplication::translate("MeetingPack", "Next meeting"), PackContext::date(next));
    pack.participants = PackMeetingParts::participants(context);

    for (const PackSection section : PackSections::all()) {
        if (request.sections.contains(section))
            pack.parts << partFor(section, context, pack.charts);
    }

    pack.documentTitle = meeting ? QCoreApplication::translate("MeetingPack", "%1 – meeting pack").arg(meeting->title) : QCoreApplication::translate("MeetingPack", "Meeting pack %1").arg(PackContext::date(pack.date));
    pack.subject = QCoreApplication::translate("MeetingPack", "Intranet governance of %1 on %2: KPIs, follow-up actions, decisions, budget and backlog")
                       .arg(pack.organisation, PackContext::date(pack.date));
    pack.headerText = pack.organisation.isEmpty() ? pack.title : QStringLiteral("%1 · %2").arg(pack.organisation, pack.title);
    pack.suggestedFileName = fileNameFor(!seriesTitle.isEmpty() ? seriesTitle : meeting ? meeting->title : QCoreApplication::translate("MeetingPack", "Meeting pack"), pack.date);
    return pack;
}

} // namespace stuurboord
