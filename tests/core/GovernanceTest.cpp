#include "Clock.h"
#include "demo/DemoWorkspace.h"
#include "domain/Meeting.h"
#include "domain/MeetingSeries.h"
#include "domain/Stakeholder.h"
#include "governance/AgendaProposal.h"
#include "governance/ContactLapse.h"
#include "governance/MeetingRecorder.h"
#include "governance/MeetingSchedule.h"
#include "governance/SponsorCheck.h"
#include "governance/StakeholderQuadrant.h"
#include "storage/Repository.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace stuurboord;

namespace {

Stakeholder person(const QString& name, StakeholderCategory category, int influence, int interest,
    Cadence cadence = Cadence::None, QDate lastContact = {})
{
    Stakeholder stakeholder;
    stakeholder.name = name;
    stakeholder.category = category;
    stakeholder.influence = influence;
    stakeholder.interest = interest;
    stakeholder.cadence = cadence;
    stakeholder.lastContact = lastContact;
    return stakeholder;
}

Stakeholder demoStakeholder(Workspace& workspace, const QString& name)
{
    for (const Stakeholder& stakeholder : workspace.repository<Stakeholder>().all()) {
        if (stakeholder.name == name)
            return stakeholder;
    }
    qFatal("no demo stakeholder %s", qPrintable(name));
}

QString agendaText(const QList<AgendaPoint>& points)
{
    return AgendaProposal::toText(points);
}

} // namespace

class GovernanceTest final : public QObject
{
    Q_OBJECT

private slots:
    void quadrantsSplitAtFour()
    {
        QCOMPARE(StakeholderQuadrant::of(5, 5), StakeholderQuadrant::ManageClosely);
        QCOMPARE(StakeholderQuadrant::of(4, 4), StakeholderQuadrant::ManageClosely);
        QCOMPARE(StakeholderQuadrant::of(4, 3), StakeholderQuadrant::KeepSatisfied);
        QCOMPARE(StakeholderQuadrant::of(3, 4), StakeholderQuadrant::KeepInformed);
        QCOMPARE(StakeholderQuadrant::of(3, 3), StakeholderQuadrant::Monitor);
        QCOMPARE(StakeholderQuadrant::of(1, 1), StakeholderQuadrant::Monitor);
    }

    void contactLapsesAfterTheAgreedCadence()
    {
        const QDate asOf(2026, 11, 26);
        // Quarterly, last contact 26 August: due 26 November, the very day: not lapsed yet.
        const Stakeholder onTime = person(QStringLiteral("Op tijd"), StakeholderCategory::It, 4, 2,
            Cadence::Quarterly, QDate(2026, 8, 26));
        QVERIFY(!ContactLapse::isLapsed(onTime, asOf));
        QVERIFY(ContactLapse::isLapsed(onTime, asOf.addDays(1)));
        // Monthly, last contact two months ago.
        const Stakeholder late = person(QStringLiteral("Te laat"), StakeholderCategory::KeyUser, 2,
            5, Cadence::Monthly, QDate(2026, 9, 20));
        // No cadence agreed: never lapsed, however old the contact.
        const Stakeholder free = person(QStringLiteral("Vrij"), StakeholderCategory::Other, 1, 1,
            Cadence::None, QDate(2020, 1, 1));
        // A cadence but never any contact.
        const Stakeholder never = person(QStringLiteral("Nooit"), StakeholderCategory::Hr, 3, 4,
            Cadence::HalfYearly);
        // Contact recorded after the date judged does not count for that date.
        const Stakeholder later = person(QStringLiteral("Later"), StakeholderCategory::Hr, 3, 4,
            Cadence::Yearly, QDate(2026, 12, 1));

        const QList<ContactLapse::Lapse> lapses
            = ContactLapse::find({onTime, late, free, never, later}, asOf);
        QCOMPARE(lapses.size(), 3);
        QCOMPARE(lapses.at(0).name, QStringLiteral("Nooit"));
        QVERIFY(lapses.at(0).sentence().contains(QStringLiteral("No contact with Nooit recorded yet")));
        QCOMPARE(lapses.at(2).name, QStringLiteral("Te laat"));
        QCOMPARE(lapses.at(2).due, QDate(2026, 10, 20));
        QCOMPARE(lapses.at(2).daysOverdue, 37);
        QCOMPARE(lapses.at(2).sentence(),
            QStringLiteral("No contact with Te laat since 20 September 2026 (monthly agreed; due 20 October 2026)."));
    }

    void sponsorMustBeAtBoardLevel()
    {
        const Stakeholder board = person(QStringLiteral("Directeur"), StakeholderCategory::Sponsor, 5, 4);
        const Stakeholder weak = person(QStringLiteral("Teamleider"), StakeholderCategory::Sponsor, 2, 5);
        const Stakeholder manager = person(QStringLiteral("Manager"), StakeholderCategory::Management, 5, 2);
        QVERIFY(SponsorCheck::warnings({board, manager}).isEmpty());
        QVERIFY(SponsorCheck::warnings({weak, board}).isEmpty());
        const QStringList none = SponsorCheck::warnings({manager});
        QCOMPARE(none.size(), 1);
        QVERIFY(none.first().startsWith(QStringLiteral("No sponsor")));
        const QStringList low = SponsorCheck::warnings({weak, manager});
        QCOMPARE(low.size(), 1);
        QVERIFY(low.first().contains(QStringLiteral("Teamleider")));
        QVERIFY(SponsorCheck::warnings({}).first().startsWith(QStringLiteral("No sponsor")));
    }

    void scheduleShowsSkippedAndPlannedMeetings()
    {
        // Quarterly: January, April, (July skipped), October; one planned in January.
        const QList<QDate> dates{QDate(2026, 10, 22), QDate(2026, 1, 22), QDate(2026, 4, 23),
            QDate(2027, 1, 28)};
        const MeetingSchedule schedule
            = MeetingSchedule::build(dates, Cadence::Quarterly, QDate(2026, 12, 5));
        QCOMPARE(schedule.held.size(), 3);
        QCOMPARE(schedule.planned, QList<QDate>{QDate(2027, 1, 28)});
        QCOMPARE(schedule.skipped, QList<QDate>{QDate(2026, 7, 23)});
        QCOMPARE(schedule.nextDue(), QDate(2027, 1, 28));
        QCOMPARE(schedule.proposed.first(), QDate(2027, 4, 28));
        QVERIFY(!schedule.isOverdue(QDate(2026, 12, 5)));

        // A meeting moved by a few weeks is not a skipped one.
        const MeetingSchedule moved = MeetingSchedule::build(
            {QDate(2026, 1, 22), QDate(2026, 5, 14)}, Cadence::Quarterly, QDate(2026, 6, 1));
        QVERIFY(moved.skipped.isEmpty());

        // Nothing planned and the slot long past: the slots since are skipped, the next is due.
        const MeetingSchedule lapsed = MeetingSchedule::build(
            {QDate(2026, 1, 22)}, Cadence::Quarterly, QDate(2026, 9, 1));
        QCOMPARE(lapsed.skipped, QList<QDate>{QDate(2026, 4, 22)});
        QCOMPARE(lapsed.nextDue(), QDate(2026, 7, 22));
        QVERIFY(lapsed.isOverdue(QDate(2026, 9, 1)));
    }

    void attendingMovesLastContactForwardOnly()
    {
        TestWorkspace workspace;
        auto stakeholders = workspace->repository<Stakeholder>();
        Stakeholder anna = person(QStringLiteral("Anna"), StakeholderCategory::Sponsor, 5, 5,
            Cadence::Quarterly, QDate(2026, 3, 1));
        Stakeholder bert = person(QStringLiteral("Bert"), StakeholderCategory::It, 4, 2,
            Cadence::Quarterly, QDate(2026, 11, 1));
        Stakeholder cees = person(QStringLiteral("Cees"), StakeholderCategory::Hr, 2, 2);
        QVERIFY(stakeholders.add(anna));
        QVERIFY(stakeholders.add(bert));
        QVERIFY(stakeholders.add(cees));
        MeetingSeries series;
        series.title = QStringLiteral("Stuurgroep");
        series.cadence = Cadence::Quarterly;
        QVERIFY(workspace->repository<MeetingSeries>().add(series));

        MeetingRecorder recorder(workspace->records());
        Meeting held;
        held.seriesId = series.id;
        held.date = QDate(2026, 10, 15);
        held.title = QStringLiteral("Stuurgroep oktober");
        QVERIFY(recorder.addMeeting(held, QDate(2026, 12, 5)));
        QVERIFY(recorder.attendees(held.id).isEmpty()); // the series has no participants yet
        QVERIFY(recorder.setAttendees(held.id, {anna.id, bert.id}, QDate(2026, 12, 5)));
        QCOMPARE(stakeholders.get(anna.id)->lastContact, QDate(2026, 10, 15));
        QCOMPARE(stakeholders.get(bert.id)->lastContact, QDate(2026, 11, 1)); // later contact stays
        QVERIFY(!stakeholders.get(cees.id)->lastContact.isValid());

        // A meeting still to come is no contact yet.
        Meeting planned = held;
        planned.id = 0;
        planned.date = QDate(2027, 1, 21);
        QVERIFY(recorder.addMeeting(planned, QDate(2026, 12, 5)));
        QVERIFY(recorder.setAttendees(planned.id, {cees.id}, QDate(2026, 12, 5)));
        QVERIFY(!stakeholders.get(cees.id)->lastContact.isValid());

        // Removing someone from the attendees leaves the others.
        QVERIFY(recorder.setAttendees(held.id, {bert.id}, QDate(2026, 12, 5)));
        QCOMPARE(recorder.attendees(held.id), QList<qint64>{bert.id});
        QVERIFY(!recorder.setAttendees(99999, {bert.id}, QDate(2026, 12, 5)));
    }

    void demoPlacesStakeholdersAndFlagsTheSupplier()
    {
        TestWorkspace workspace;
        QVERIFY(DemoWorkspace::fill(*workspace, QDate(2026, 10, 1)));
        const QDate meetingDay(2026, 11, 26);
        QCOMPARE(StakeholderQuadrant::of(demoStakeholder(*workspace, QStringLiteral("Marieke van den Berg")).influence,
                     demoStakeholder(*workspace, QStringLiteral("Marieke van den Berg")).interest),
            StakeholderQuadrant::ManageClosely);
        const QList<ContactLapse::Lapse> lapses
            = ContactLapse::find(workspace->repository<Stakeholder>().all(), meetingDay);
        QCOMPARE(lapses.size(), 1);
        QCOMPARE(lapses.first().name, QStringLiteral("Petra Jansen"));
        QVERIFY(SponsorCheck::warnings(workspace->repository<Stakeholder>().all()).isEmpty());
    }

    void agendaForTheDemoMeetingSaysWhy()
    {
        TestWorkspace workspace;
        QVERIFY(DemoWorkspace::fill(*workspace, QDate(2026, 10, 1)));
        const qint64 series = workspace->repository<MeetingSeries>().all().first().id;
        const QList<AgendaPoint> points
            = AgendaProposal::propose(*workspace, series, QDate(2026, 11, 26));
        const QString text = agendaText(points);
        QVERIFY2(points.first().title.startsWith(QStringLiteral("Minutes and action items")), qPrintable(text));
        QVERIFY2(points.first().why.startsWith(QStringLiteral("The previous meeting was on 27 August 2026.")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Review agreement “Wie mag een site of groep aanmaken”")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Stakeholders without recent contact (1)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("No contact with Petra Jansen since 3 July 2026")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Sponsorship")), qPrintable(text));
        QCOMPARE(points.last().title, QStringLiteral("Any other business"));
        QVERIFY(text.startsWith(QStringLiteral("1. Minutes")));
        QVERIFY(text.contains(QStringLiteral("\n   The previous meeting")));

        // Without a sponsor the agenda asks for one.
        auto stakeholders = workspace->repository<Stakeholder>();
        Stakeholder sponsor = demoStakeholder(*workspace, QStringLiteral("Marieke van den Berg"));
        sponsor.category = StakeholderCategory::Management;
        QVERIFY(stakeholders.update(sponsor));
        QVERIFY(agendaText(AgendaProposal::propose(*workspace, series, QDate(2026, 11, 26)))
                    .contains(QStringLiteral("Sponsorship of the intranet")));
    }
};

QTEST_GUILESS_MAIN(GovernanceTest)
#include "GovernanceTest.moc"
