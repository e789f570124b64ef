#include "import/Microsoft365SharePointActivityProfile.h"
#include "import/Microsoft365SiteUsageProfile.h"
#include "import/Microsoft365TeamsUserProfile.h"
#include "import/Microsoft365VivaEngageDailyProfile.h"
#include "import/Microsoft365VivaEngageUserProfile.h"
#include "ProfileHarness.h"

#include <memory>
#include <QTest>

using namespace stuurboord;
using namespace stuurboord::test;

namespace {

const QString sharePointHeader = QStringLiteral(
    "Report Refresh Date,User Principal Name,Is Deleted,Deleted Date,Last Activity Date,"
    "Viewed Or Edited File Count,Synced File Count,Shared Internally File Count,"
    "Shared Externally File Count,Visited Page Count,Assigned Products,Report Period");
const QString vivaUserHeader = QStringLiteral(
    "Report Refresh Date,User Principal Name,Display Name,User State,State Change Date,"
    "Last Activity Date,Posted Count,Read Count,Liked Count,Assigned Products,Report Period");
const QString vivaDailyHeader
    = QStringLiteral("Report Refresh Date,Liked,Posted,Read,Report Date,Report Period");
const QString teamsHeader = QStringLiteral(
    "Report Refresh Date,User Id,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,"
    "Assigned Products,Team Chat Message Count,Private Chat Message Count,Call Count,"
    "Meeting Count,Meetings Organized Count,Meetings Attended Count,"
    "Ad Hoc Meetings Organized Count,Ad Hoc Meetings Attended Count,"
    "Scheduled One-time Meetings Organized Count,Scheduled One-time Meetings Attended Count,"
    "Scheduled Recurring Meetings Organized Count,Scheduled Recurring Meetings Attended Count,"
    "Audio Duration In Seconds,Video Duration In Seconds,Screen Share Duration In Seconds,"
    "Has Other Action,Urgent Messages,Post Messages,Tenant Display Name,"
    "Shared Channel Tenant Display Names,Reply Messages,Is Licensed,Report Period");
const QString siteUsageHeader = QStringLiteral(
    "Report Refresh Date,Site Id,Site URL,Owner Display Name,Is Deleted,Last Activity Date,"
    "File Count,Active File Count,Page View Count,Visited Page Count,Storage Used (Byte),"
    "Storage Allocated (Byte),Root Web Template,Owner Principal Name,Report Period");
const QString oneDriveActivityHeader = QStringLiteral(
    "Report Refresh Date,User Principal Name,Is Deleted,Deleted Date,Last Activity Date,"
    "Viewed Or Edited File Count,Synced File Count,Shared Internally File Count,"
    "Shared Externally File Count,Assigned Products,Report Period");

// Everything a profile wrote that a user or the workspace will see.
QStringList visibleText(const ProfileRun& run)
{
    QStringList text = run.sink.decisions;
    text << run.reason << run.error;
    for (const RejectedRow& row : run.sink.rejected)
        text << row.reason;
    for (const ObservationDraft& draft : run.sink.figures)
        text << draft.metricKey << draft.metricLabel << draft.dimension << draft.month;
    return text;
}

void verifyNoNames(const ProfileRun& run, const QStringList& names)
{
    for (const QString& text : visibleText(run)) {
        for (const QString& name : names)
            QVERIFY2(!text.contains(name, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("\"%1\" shows \"%2\"").arg(text, name)));
    }
}

// The figure for `key` of the window ending on `end`; NaN when there is none.
double windowValue(const ProfileRun& run, const QString& key, const QDate& end)
{
    for (const ObservationDraft& draft : run.sink.figures) {
        if (draft.metricKey == key && draft.windowEnd == end)
            return draft.value;
    }
    return qQNaN();
}

QList<int> rejectedLines(const ProfileRun& run)
{
    QList<int> lines;
    for (const RejectedRow& row : run.sink.rejected)
        lines << row.line;
    return lines;
}

// A Teams row with every count 0 except those given.
QString teamsRow(const QHash<QString, QString>& values)
{
    QStringList row;
    for (const QString& column : teamsHeader.split(u',')) {
        const bool count = column.endsWith(QStringLiteral("Count"))
            || column.endsWith(QStringLiteral("Seconds"))
            || column.endsWith(QStringLiteral("Messages"));
        row << values.value(column, count ? QStringLiteral("0") : QString());
    }
    return row.join(u',');
}

} // namespace

// Microsoft 365 activity exports reduced to counts per window, without anyone's name.
class Microsoft365ProfilesTest final : public QObject
{
    Q_OBJECT

private slots:
    void sharePointActivityCountsUsersPerWindow()
    {
        const QString text = QChar(0xfeff) + sharePointHeader
            + QStringLiteral(
                "\r\n"
                "2026-03-31,anna.devries@dijkstede.nl,False,,2026-03-30,12,3,2,0,40,"
                "\"MICROSOFT 365 E3+MICROSOFT 365 E5\",30\r\n"
                "2026-03-31,bram.jansen@dijkstede.nl,False,,2026-03-05,0,0,0,0,7,MICROSOFT 365 "
                "E3,30\r\n"
                "2026-03-31,Anna.deVries@Dijkstede.nl,False,,2026-03-28,1,0,0,0,2,MICROSOFT 365 "
                "E3,30\r\n"
                "2026-03-31,cor.smit@dijkstede.nl,True,2026-03-10,2026-03-09,5,5,5,5,5,,30\r\n"
                "2026-03-31,dirk.bakker@dijkstede.nl,False,,,0,0,0,0,0,MICROSOFT 365 E3,30\r\n"
                "2026-03-31,eva.mulder@dijkstede.nl,False,,31-03-2026,1,0,0,0,1,MICROSOFT 365 "
                "E3,30\r\n"
                ",femke.visser@dijkstede.nl,False,,2026-03-02,1,1,1,1,1,,30\r\n"
                "2026-03-31,gert.dekker@dijkstede.nl,False,,2026-02-10,0,0,0,0,0,,30\r\n"
                "2026-03-31,hanna.bos@dijkstede.nl,False,,2026-03-15,two,0,0,0,3,,30\r\n"
                "2026-03-31,bram.jansen@dijkstede.nl,False,,2026-03-05,0,0,0,0,7,MICROSOFT 365 "
                "E3,30\r\n"
                "2026-04-03,anna.devries@dijkstede.nl,False,,2026-04-02,4,1,0,1,9,,7\r\n"
                "2026-04-03,bram.jansen@dijkstede.nl,False,,2026-03-05,0,0,0,0,0,,7\r\n");
        Microsoft365SharePointActivityProfile profile;
        const ProfileRun run = runProfile(profile, text);
        QVERIFY2(run.recognised, qPrintable(run.error));
        QCOMPARE(run.reason,
            QStringLiteral("the header matches Microsoft 365 SharePoint activity user detail"));
        QCOMPARE(run.sink.rowsRead, 12);
        // A date written day-first, no refresh date, a word for a count, a copied row.
        QCOMPARE(rejectedLines(run), (QList<int>{7, 8, 10, 11}));
        QCOMPARE(
            run.sink.rejected.at(0).reason, QStringLiteral("the Last Activity Date is not a date"));
        QCOMPARE(run.sink.rejected.at(2).reason,
            QStringLiteral("the Viewed Or Edited File Count is not a number of zero or more"));
        QCOMPARE(run.sink.rejected.at(3).reason,
            QStringLiteral("the row repeats line 3; it is counted once"));

        // 2026-03-02..03-31: Anna (twice, in other capitals), Bram, Dirk (never active) and
        // Gert (active before the window) are listed. Cor was deleted on 10 March, but what he
        // did on 9 March happened in the window: his 5s count, and he was active, but he is
        // no longer a user in the report.
        const QDate march31(2026, 3, 31);
        QCOMPARE(windowValue(run, QStringLiteral("sharepoint_listed_users"), march31), 4.0);
        QCOMPARE(windowValue(run, QStringLiteral("sharepoint_active_users"), march31), 3.0);
        QCOMPARE(
            windowValue(run, QStringLiteral("sharepoint_files_viewed_or_edited"), march31), 18.0);
        QCOMPARE(windowValue(run, QStringLiteral("sharepoint_files_synced"), march31), 8.0);
        QCOMPARE(
            windowValue(run, QStringLiteral("sharepoint_files_shared_internally"), march31), 7.0);
        QCOMPARE(
            windowValue(run, QStringLiteral("sharepoint_files_shared_externally"), march31), 5.0);
        QCOMPARE(windowValue(run, QStringLiteral("sharepoint_user_visited_pages"), march31), 54.0);

        // 2026-03-28..04-03 has four days in March: it counts for March.
        const QDate april3(2026, 4, 3);
        QCOMPARE(windowValue(run, QStringLiteral("sharepoint_listed_users"), april3), 2.0);
        QCOMPARE(windowValue(run, QStringLiteral("sharepoint_active_users"), april3), 1.0);
        QCOMPARE(windowValue(run, QStringLiteral("sharepoint_user_visited_pages"), april3), 9.0);
        QCOMPARE(
            windowValue(run, QStringLiteral("sharepoint_files_shared_externally"), april3), 1.0);

        QCOMPARE(run.sink.figures.size(), 14);
        for (const ObservationDraft& draft : run.sink.figures) {
            QCOMPARE(draft.month, QStringLiteral("2026-03"));
            QCOMPARE(draft.windowStart,
                draft.windowEnd == march31 ? QDate(2026, 3, 2) : QDate(2026, 3, 28));
            QCOMPARE(draft.line, draft.windowEnd == march31 ? 2 : 12);
            QCOMPARE(draft.aggregation,
                draft.metricKey.endsWith(QStringLiteral("_users")) ? QStringLiteral("last")
                                                                   : QStringLiteral("sum"));
            QVERIFY(!draft.metricLabel.isEmpty());
        }
        QVERIFY(run.sink.decisions.contains(
            QStringLiteral("the 7-day window 2026-03-28 to 2026-04-03 counts for 2026-03, the "
                           "month with most of its days")));
        QVERIFY(run.sink.decisions.contains(QStringLiteral(
            "1 row(s) of users deleted during the window: their activity counts in the totals "
            "and active users, but they are not counted as users in the report")));
        verifyNoNames(run,
            {QStringLiteral("dijkstede"), QStringLiteral("anna"), QStringLiteral("bram"),
                QStringLiteral("cor.smit"), QStringLiteral("dirk"), QStringLiteral("eva"),
                QStringLiteral("femke"), QStringLiteral("gert"), QStringLiteral("hanna")});
    }

    void vivaEngageUserDetailCountsMessagesAndUsers()
    {
        const QString text = vivaUserHeader
            + QStringLiteral(
                "\n"
                "2026-03-31,anna.devries@dijkstede.nl,Anna de Vries,Active,,2026-03-20,3,50,10,"
                "Yammer Enterprise,30\n"
                "2026-03-31,bram.jansen@dijkstede.nl,Bram Jansen,Active,,,0,0,0,Yammer "
                "Enterprise,30\n"
                "2026-03-31,cor.smit@dijkstede.nl,Cor "
                "Smit,Deleted,2026-03-12,2026-03-11,4,4,4,,30\n"
                "2026-03-31,ANNA.DEVRIES@DIJKSTEDE.NL,Anna de Vries,Active,,2026-03-25,1,5,0,,30\n"
                "2026-03-31,dirk.bakker@dijkstede.nl,Dirk Bakker,Suspended,2026-02-01,2026-01-15,"
                "0,0,0,,30\n"
                "2026-03-31,eva.mulder@dijkstede.nl,Eva Mulder,Active,,2026-03-20,1,2,3,,thirty\n");
        Microsoft365VivaEngageUserProfile profile;
        const ProfileRun run = runProfile(profile, text);
        QVERIFY(run.recognised);
        QCOMPARE(run.sink.rowsRead, 6);
        QCOMPARE(rejectedLines(run), QList<int>{7});
        QCOMPARE(run.sink.rejected.first().reason,
            QStringLiteral("the Report Refresh Date or Report Period is missing or not valid"));
        const QString march = QStringLiteral("2026-03");
        // Cor, deleted on 12 March, posted, read and liked 4 messages on 11 March: that
        // counts, and he was active, but he is not listed any more.
        QCOMPARE(run.sink.value(QStringLiteral("viva_engage_listed_users"), march), 3.0);
        QCOMPARE(run.sink.value(QStringLiteral("viva_engage_active_users"), march), 2.0);
        QCOMPARE(run.sink.value(QStringLiteral("viva_engage_posted"), march), 8.0);
        QCOMPARE(run.sink.value(QStringLiteral("viva_engage_read"), march), 59.0);
        QCOMPARE(run.sink.value(QStringLiteral("viva_engage_liked"), march), 14.0);
        QCOMPARE(run.sink.figures.size(), 5);
        verifyNoNames(run,
            {QStringLiteral("dijkstede"), QStringLiteral("Anna"), QStringLiteral("Vries"),
                QStringLiteral("Bram"), QStringLiteral("Jansen"), QStringLiteral("Smit"),
                QStringLiteral("Dirk"), QStringLiteral("Bakker"), QStringLiteral("Mulder")});
    }

    void vivaEngageDailyCountsGoToTheirOwnMonth()
    {
        const QString text = vivaDailyHeader
            + QStringLiteral("\n"
                             "2026-04-03,5,2,40,2026-03-30,7\n"
                             "2026-04-03,3,1,35,2026-03-31,7\n"
                             "2026-04-03,7,4,60,2026-04-01,7\n"
                             "2026-04-03,,0,12,2026-04-02,7\n"
                             "2026-04-03,1,1,1,not a date,7\n"
                             "2026-04-03,2,x,3,2026-04-03,7\n"
                             "2026-04-03,5,2,40,2026-03-30,7\n");
        Microsoft365VivaEngageDailyProfile profile;
        const ProfileRun run = runProfile(profile, text);
        QVERIFY(run.recognised);
        QCOMPARE(run.reason,
            QStringLiteral("the header matches Microsoft 365 Viva Engage activity counts"));
        QCOMPARE(run.sink.rowsRead, 7);
        QCOMPARE(rejectedLines(run), (QList<int>{6, 7, 8}));
        QCOMPARE(run.sink.rejected.at(0).reason,
            QStringLiteral("the Report Date is missing or not a date"));
        QCOMPARE(run.sink.rejected.at(1).reason,
            QStringLiteral("the Posted is not a number of zero or more"));
        QCOMPARE(run.sink.rejected.at(2).reason,
            QStringLiteral("the day 2026-03-30 was already read on line 2"));

        // One figure per day and metric, each a window of one day in its own month.
        QCOMPARE(run.sink.figures.size(), 12);
        QHash<QString, double> sums;
        for (const ObservationDraft& draft : run.sink.figures) {
            QCOMPARE(draft.windowStart, draft.windowEnd);
            QCOMPARE(draft.month, draft.windowStart.toString(QStringLiteral("yyyy-MM")));
            QCOMPARE(draft.aggregation, QStringLiteral("sum"));
            sums[draft.metricKey + u' ' + draft.month] += draft.value;
        }
        QCOMPARE(sums.value(QStringLiteral("viva_engage_liked 2026-03")), 8.0);
        QCOMPARE(sums.value(QStringLiteral("viva_engage_posted 2026-03")), 3.0);
        QCOMPARE(sums.value(QStringLiteral("viva_engage_read 2026-03")), 75.0);
        QCOMPARE(sums.value(QStringLiteral("viva_engage_liked 2026-04")), 7.0);
        QCOMPARE(sums.value(QStringLiteral("viva_engage_posted 2026-04")), 4.0);
        QCOMPARE(sums.value(QStringLiteral("viva_engage_read 2026-04")), 72.0);
        QCOMPARE(run.sink.decisions,
            (QStringList{QStringLiteral("2026-03: 2 of the month's 31 days are in the file; the "
                                        "month is incomplete"),
                QStringLiteral("2026-04: 2 of the month's 30 days are in the file; the month is "
                               "incomplete")}));
    }

    void teamsUserDetailWithConcealedNames()
    {
        // Concealed reports replace names with a hash-like string; it works the same.
        const QString u1 = QStringLiteral("5D41402ABC4B2A76B9719D911017C592");
        const QString u2 = QStringLiteral("7D793037A0760186574B0282F2F435E7");
        const QString u3 = QStringLiteral("0CC175B9C0F1B6A831C399E269772661");
        const QString u4 = QStringLiteral("92EB5FFEE6AE2FEC3AD71C777531578F");
        const QString u5 = QStringLiteral("4A8A08F09D37B73795649038408B5F33");
        // Returns a QString: a string builder would point into `values` after it is gone.
        const auto row = [](const QString& user, const QString& last,
                             QHash<QString, QString> values = {}) -> QString {
            values.insert(QStringLiteral("Report Refresh Date"), QStringLiteral("2026-04-03"));
            values.insert(
                QStringLiteral("User Id"), QStringLiteral("00000000-0000-0000-0000-0000000000a1"));
            values.insert(QStringLiteral("User Principal Name"), user);
            values.insert(QStringLiteral("Last Activity Date"), last);
            values.insert(QStringLiteral("Is Licensed"), QStringLiteral("Yes"));
            if (!values.contains(QStringLiteral("Report Period")))
                values.insert(QStringLiteral("Report Period"), QStringLiteral("7"));
            return teamsRow(values) + u'\n';
        };
        const QString text = teamsHeader + u'\n'
            + row(u1, QStringLiteral("2026-04-01"),
                {{QStringLiteral("Team Chat Message Count"), QStringLiteral("10")},
                    {QStringLiteral("Private Chat Message Count"), QStringLiteral("20")},
                    {QStringLiteral("Call Count"), QStringLiteral("2")},
                    {QStringLiteral("Meeting Count"), QStringLiteral("3")},
                    {QStringLiteral("Meetings Organized Count"), QStringLiteral("1")},
                    {QStringLiteral("Meetings Attended Count"), QStringLiteral("2")},
                    {QStringLiteral("Audio Duration In Seconds"), QStringLiteral("600")},
                    {QStringLiteral("Video Duration In Seconds"), QStringLiteral("300")},
                    {QStringLiteral("Post Messages"), QStringLiteral("1")},
                    {QStringLiteral("Reply Messages"), QStringLiteral("4")}})
            + row(u2, QString())
            + row(u3, QStringLiteral("2026-04-02"),
                {{QStringLiteral("Is Deleted"), QStringLiteral("True")},
                    {QStringLiteral("Team Chat Message Count"), QStringLiteral("99")}})
            + row(u4, QStringLiteral("2026-03-20"))
            // Active without a count Microsoft breaks down.
            + row(u5, QStringLiteral("2026-04-02"),
                {{QStringLiteral("Has Other Action"), QStringLiteral("Yes")}})
            + row(u1.toLower(), QStringLiteral("2026-04-01"),
                {{QStringLiteral("Team Chat Message Count"), QStringLiteral("1")}})
            + row(u2, QString(), {{QStringLiteral("Report Period"), QString()}});
        Microsoft365TeamsUserProfile profile;
        const ProfileRun run = runProfile(profile, text);
        QVERIFY(run.recognised);
        QCOMPARE(run.sink.rowsRead, 7);
        QCOMPARE(rejectedLines(run), QList<int>{8});
        const QString march = QStringLiteral("2026-03");
        // u3 was deleted after chatting 99 times in the window: counted, active, not listed.
        QCOMPARE(run.sink.value(QStringLiteral("teams_listed_users"), march), 4.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_active_users"), march), 3.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_chat_messages"), march), 110.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_private_chat_messages"), march), 20.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_calls"), march), 2.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_meetings"), march), 3.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_meetings_organized"), march), 1.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_meetings_attended"), march), 2.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_audio_seconds"), march), 600.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_video_seconds"), march), 300.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_screen_share_seconds"), march), 0.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_post_messages"), march), 1.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_reply_messages"), march), 4.0);
        QCOMPARE(run.sink.value(QStringLiteral("teams_urgent_messages"), march), 0.0);
        verifyNoNames(run, {u1, u2, u3, u4, u5});
    }

    void teamsOlderColumnSetStillReads()
    {
        const QString text = QStringLiteral(
            "Report Refresh Date,User Principal Name,Last Activity Date,Is Deleted,Deleted Date,"
            "Assigned Products,Team Chat Message Count,Private Chat Message Count,Call Count,"
            "Meeting Count,Has Other Action,Report Period\n"
            "2026-03-31,anna.devries@dijkstede.nl,2026-03-30,False,,MICROSOFT "
            "TEAMS,5,6,1,2,No,30\n");
        Microsoft365TeamsUserProfile profile;
        const ProfileRun run = runProfile(profile, text);
        QVERIFY(run.recognised);
        QCOMPARE(run.sink.value(QStringLiteral("teams_meetings"), QStringLiteral("2026-03")), 2.0);
        // Columns the export does not have make no figure, rather than a false 0.
        QVERIFY(qIsNaN(
            run.sink.value(QStringLiteral("teams_audio_seconds"), QStringLiteral("2026-03"))));
        QCOMPARE(run.sink.figures.size(), 6);
    }

    void eachHeaderGoesToItsOwnProfile_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("profile"); // -1: none of these
        QTest::newRow("SharePoint activity") << sharePointHeader << 0;
        QTest::newRow("Viva Engage user") << vivaUserHeader << 1;
        QTest::newRow("Viva Engage daily") << vivaDailyHeader << 2;
        QTest::newRow("Teams user") << teamsHeader << 3;
        QTest::newRow("SharePoint site usage") << siteUsageHeader << -1;
        QTest::newRow("OneDrive activity") << oneDriveActivityHeader << -1;
    }

    void eachHeaderGoesToItsOwnProfile()
    {
        QFETCH(QString, header);
        QFETCH(int, profile);
        std::unique_ptr<SourceProfile> profiles[]
            = {std::make_unique<Microsoft365SharePointActivityProfile>(),
                std::make_unique<Microsoft365VivaEngageUserProfile>(),
                std::make_unique<Microsoft365VivaEngageDailyProfile>(),
                std::make_unique<Microsoft365TeamsUserProfile>()};
        // Shuffled columns and padded cells still match; the header may sit below a title.
        QStringList columns = header.split(u',');
        std::reverse(columns.begin(), columns.end());
        const QString shuffled
            = QStringLiteral("Usage report\n\n") + columns.join(QStringLiteral(" , ")) + u'\n';
        for (int i = 0; i < 4; ++i) {
            ProfileInput input;
            CsvReader reader;
            QVERIFY(reader.openText(shuffled));
            CsvRecord record;
            while (reader.readNext(record))
                input.head << record;
            QString reason;
            const int index = profiles[i]->recognise(input, &reason);
            QCOMPARE(index >= 0, i == profile);
            QCOMPARE(reason.isEmpty(), i != profile);
        }
        // And the site usage profile keeps to its own file.
        ProfileInput siteInput;
        siteInput.head << CsvRecord{1, header.split(u',')};
        QCOMPARE(Microsoft365SiteUsageProfile().recognise(siteInput, nullptr) >= 0,
            header == siteUsageHeader);
    }

    void headerBelowTheFirstFiveRecordsIsNotLookedFor()
    {
        QString text;
        for (int i = 1; i <= 5; ++i)
            text += QStringLiteral("title %1\n").arg(i);
        text += vivaDailyHeader + QStringLiteral("\n2026-04-03,1,1,1,2026-04-01,7\n");
        Microsoft365VivaEngageDailyProfile profile;
        QVERIFY(!runProfile(profile, text).recognised);
    }
};

QTEST_GUILESS_MAIN(Microsoft365ProfilesTest)
#include "Microsoft365ProfilesTest.moc"
