#include "Clock.h"
#include "demo/DemoWorkspace.h"
#include "domain/ActionItem.h"
#include "domain/Expense.h"
#include "domain/Meeting.h"
#include "domain/OrganisationProfile.h"
#include "model/Money.h"
#include "report/MeetingPack.h"
#include "report/PackLanguage.h"
#include "report/PdfDocumentInfo.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace stuurboord;

// The meeting pack's model on the demo workspace: what a board member reads, as it stood on
// the meeting's date, in the pack's language whatever the application's language is.
class MeetingPackTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_demo;
    Meeting m_earlier;
    Meeting m_next;

    static const PackPart* part(const MeetingPack& pack, PackSection section)
    {
        for (const PackPart& part : pack.parts) {
            if (part.section == section)
                return &part;
        }
        return nullptr;
    }

    static QList<PackTable> tables(const PackPart* part)
    {
        QList<PackTable> found;
        for (const PackBlock& block : part->blocks) {
            if (block.kind == PackBlock::Kind::Table)
                found << block.table;
        }
        return found;
    }

    // Every word of the pack, as pdftotext would find it.
    static QString allText(const MeetingPack& pack)
    {
        QStringList words{pack.title, pack.subtitle};
        for (const auto& [label, text] : pack.facts)
            words << label << text;
        for (const PackPart& part : pack.parts) {
            words << part.heading;
            for (const PackBlock& block : part.blocks) {
                words << block.text << block.items << block.table.header;
                for (const QStringList& row : block.table.rows)
                    words << row;
            }
        }
        return words.join(u'\n');
    }

    MeetingPack build(const Meeting& meeting, const QString& language)
    {
        PackRequest request;
        request.meetingId = meeting.id;
        request.language = language;
        const std::optional<MeetingPack> pack = MeetingPack::build(*m_demo, request);
        return pack ? *pack : MeetingPack{};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The translations are embedded in the application; the test reads the build's files.
        qputenv("STUURBOORD_QM_DIR", QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../translations")).toUtf8());
        Clock::setToday(QDate(2026, 11, 10)); // the demo's story "today"
        const QString path = m_dir.filePath(QStringLiteral("demo.stuurboord"));
        QVERIFY(DemoWorkspace::write(path, QDate(2026, 10, 1)));
        OpenResult opened = Workspace::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_demo = std::move(opened.workspace);
        for (const Meeting& meeting : m_demo->repository<Meeting>().all()) {
            if (meeting.date.year() == 2026 && meeting.date.month() == 8)
                m_earlier = meeting;
            if (meeting.date > Clock::today())
                m_next = meeting;
        }
        QVERIFY(m_earlier.id != 0);
        QVERIFY(m_next.id != 0);
    }

    void cleanupTestCase() { Clock::setToday({}); }

    // The demo meets at the end of February, May, August and November; on its "today" (10
    // November 2026) the August meeting is the last one held and the November one is next.
    void anEarlierPackShowsItsOwnDate()
    {
        const MeetingPack pack = build(m_earlier, QStringLiteral("nl"));
        QCOMPARE(pack.date, m_earlier.date);
        // KPI values come from complete periods before the meeting: July at the latest.
        const QList<PackTable> kpis = tables(part(pack, PackSection::Kpis));
        QCOMPARE(kpis.size(), 1);
        QVERIFY(kpis.first().rows.size() >= 6);
        for (const QStringList& row : kpis.first().rows) {
            for (const QString& later : {QStringLiteral("augustus 2026"), QStringLiteral("september 2026"), QStringLiteral("oktober 2026"),
                     QStringLiteral("2026 K3"), QStringLiteral("2026 K4"), QStringLiteral("2026 H2")})
                QVERIFY2(!row.at(1).contains(later), qPrintable(row.join(u" | ")));
        }
        // Every chart ends before the meeting.
        for (const KpiChartData& chart : pack.charts)
            QVERIFY2(chart.points.constLast().period.lastDay() < m_earlier.date, qPrintable(chart.title));
        // Spent is what was booked up to the meeting, not what was booked since.
        qint64 before = 0;
        qint64 all = 0;
        for (const Expense& expense : m_demo->repository<Expense>().all()) {
            if (expense.date.year() != 2026)
                continue;
            all += expense.amountCents;
            if (expense.date <= m_earlier.date)
                before += expense.amountCents;
        }
        QVERIFY(all > before);
        const PackTable budget = tables(part(pack, PackSection::Budget)).first();
        QVERIFY(budget.lastRowIsTotal);
        {
            const PackLanguage dutch(QStringLiteral("nl"));
            QCOMPARE(budget.rows.constLast().at(3), Money::format(before));
        }
        // The meeting's own action items are not reported as open in its own pack.
        const QString text = allText(pack);
        for (const ActionItem& action : m_demo->repository<ActionItem>().where(QStringLiteral("meeting_id"), m_earlier.id))
            QVERIFY2(!text.contains(action.description), qPrintable(action.description));
        // The previous meeting's actions are there, with their state on that day.
        const PackPart* previous = part(pack, PackSection::PreviousMeeting);
        QVERIFY(previous->heading.contains(QStringLiteral("2026")));
        QVERIFY(!tables(previous).isEmpty());
        QVERIFY(text.contains(QStringLiteral("Volgende vergadering")));
    }

    void theNextPackIsLater()
    {
        const MeetingPack earlier = build(m_earlier, QStringLiteral("en"));
        const MeetingPack next = build(m_next, QStringLiteral("en"));
        const PackTable early = tables(part(earlier, PackSection::Kpis)).first();
        const PackTable late = tables(part(next, PackSection::Kpis)).first();
        QCOMPARE(early.rows.size(), late.rows.size());
        QVERIFY(early.rows != late.rows);
        // A month as a period ("October 2026"), not as part of a date ("1 October 2026").
        const QRegularExpression october(QStringLiteral(R"((?<![0-9] )October 2026)"));
        QVERIFY(allText(next).contains(october));
        QVERIFY(!allText(earlier).contains(october));
        QCOMPARE(next.suggestedFileName, QStringLiteral("Stuurgroep intranet %1.pdf").arg(m_next.date.toString(Qt::ISODate)));
    }

    void languageFormatsNumbersAmountsAndDates()
    {
        const MeetingPack dutch = build(m_next, QStringLiteral("nl"));
        const MeetingPack english = build(m_next, QStringLiteral("en"));
        const QString nl = allText(dutch);
        const QString en = allText(english);
        // Dutch puts a (non-breaking) space after the euro sign.
        QVERIFY(nl.contains(QRegularExpression(QStringLiteral(R"(€[\x{00A0} ]\d{1,3}(\.\d{3})+,\d{2})"))));
        QVERIFY(en.contains(QRegularExpression(QStringLiteral(R"(€\d{1,3}(,\d{3})+\.\d{2})"))));
        const QString month = QLocale(QLocale::Dutch).monthName(m_next.date.month());
        QVERIFY(nl.contains(QStringLiteral("%1 %2 %3").arg(m_next.date.day()).arg(month).arg(m_next.date.year())));
        QVERIFY(en.contains(QStringLiteral("%1 %2 %3").arg(m_next.date.day()).arg(QLocale(QLocale::English).monthName(m_next.date.month())).arg(m_next.date.year())));
        QCOMPARE(part(dutch, PackSection::Summary)->heading, QStringLiteral("Samenvatting"));
        QCOMPARE(part(english, PackSection::Summary)->heading, QStringLiteral("Summary"));
        QVERIFY(part(english, PackSection::Summary)->blocks.first().text.contains(QStringLiteral("KPIs on track")));
        QVERIFY(part(dutch, PackSection::Summary)->blocks.first().text.contains(QStringLiteral("op koers")));
    }

    void theApplicationsLanguageIsLeftAlone()
    {
        // The UI in Dutch, the pack in English, then the UI is Dutch again.
        QTranslator ui;
        QVERIFY(ui.load(QStringLiteral("stuurboord_nl.qm"), qEnvironmentVariable("STUURBOORD_QM_DIR")));
        QCoreApplication::installTranslator(&ui);
        const QLocale before = QLocale();
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
        const MeetingPack english = build(m_next, QStringLiteral("en"));
        QCOMPARE(part(english, PackSection::Budget)->blocks.size() > 0, true);
        QCOMPARE(part(english, PackSection::Goals)->heading, QStringLiteral("Goals"));
        QCOMPARE(QLocale().language(), QLocale::Dutch);
        QCOMPARE(QCoreApplication::translate("MeetingPack", "Goals"), QStringLiteral("Doelstellingen"));
        QCoreApplication::removeTranslator(&ui);
        QLocale::setDefault(before);
    }

    void languageDefaultsToTheOrganisationsReportLanguage()
    {
        OrganisationProfile profile = m_demo->repository<OrganisationProfile>().all().first();
        PackRequest request;
        request.meetingId = m_next.id;
        QCOMPARE(MeetingPack::build(*m_demo, request)->language, PackLanguage::normalised({}, *m_demo));
        const ReportLanguage original = profile.reportLanguage;
        profile.reportLanguage = ReportLanguage::English;
        QVERIFY(m_demo->repository<OrganisationProfile>().update(profile));
        QCOMPARE(MeetingPack::build(*m_demo, request)->language, QStringLiteral("en"));
        profile.reportLanguage = ReportLanguage::Dutch;
        QVERIFY(m_demo->repository<OrganisationProfile>().update(profile));
        QCOMPARE(MeetingPack::build(*m_demo, request)->language, QStringLiteral("nl"));
        profile.reportLanguage = original;
        QVERIFY(m_demo->repository<OrganisationProfile>().update(profile));
    }

    void sectionsCanBeLeftOut()
    {
        PackRequest request;
        request.meetingId = m_next.id;
        request.sections = {PackSection::Kpis, PackSection::Budget};
        const std::optional<MeetingPack> pack = MeetingPack::build(*m_demo, request);
        QCOMPARE(pack->parts.size(), 2);
        QVERIFY(pack->charts.isEmpty());
        QString error;
        QVERIFY(!PackSections::parse(QStringLiteral("kpis,begroting"), &error));
        QVERIFY(error.contains(QStringLiteral("begroting")));
        QVERIFY(*PackSections::parse(QStringLiteral("budget, KPIS"), &error) == (QList<PackSection>{PackSection::Kpis, PackSection::Budget}));
        request.meetingId = 999999;
        QVERIFY(!MeetingPack::build(*m_demo, request, &error));
        QVERIFY(error.contains(QStringLiteral("999999")));
    }

    void aPackWithoutAMeeting()
    {
        PackRequest request;
        request.asOf = QDate(2026, 7, 15);
        request.language = QStringLiteral("en");
        const std::optional<MeetingPack> pack = MeetingPack::build(*m_demo, request);
        QVERIFY(pack);
        QVERIFY(pack->participants.isEmpty());
        QVERIFY(pack->subtitle.contains(QStringLiteral("15 July 2026")));
        for (const KpiChartData& chart : pack->charts)
            QVERIFY(chart.points.constLast().period.lastDay() < request.asOf);
    }

    void authorAndSubjectAreAddedToThePdf()
    {
        QByteArray pdf("%PDF-1.4\n1 0 obj\n<<\n/Title <FEFF0041>\n/Creator (Stuurboord)\n>>\nendobj\n2 0 obj\n<< /Type /Catalog >>\nendobj\n"
                       "xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000060 00000 n \n"
                       "trailer\n<< /Size 3 /Info 1 0 R /Root 2 0 R /ID [<AB> <AB>] >>\nstartxref\n89\n%%EOF\n");
        const qsizetype original = pdf.size();
        QVERIFY(PdfDocumentInfo::addAuthorAndSubject(pdf, QStringLiteral("Gemeente Ö"), QStringLiteral("KPI's")));
        const QByteArray update = pdf.mid(original);
        QVERIFY(update.startsWith("1 0 obj"));
        QVERIFY(update.contains("/Title <FEFF0041>"));
        QVERIFY(update.contains(QByteArray("/Author " + PdfDocumentInfo::textString(QStringLiteral("Gemeente Ö")))));
        QVERIFY(update.contains("/Prev 89"));
        QVERIFY(update.contains("/ID [<AB> <AB>]"));
        QVERIFY(update.contains(QByteArray("xref\n1 1\n" + QByteArray::number(original).rightJustified(10, '0') + " 00000 n \n")));
        QByteArray broken("%PDF-1.4 nothing else");
        QVERIFY(!PdfDocumentInfo::addAuthorAndSubject(broken, QStringLiteral("a"), QStringLiteral("b")));
        QCOMPARE(broken, QByteArray("%PDF-1.4 nothing else"));
    }
};

QTEST_GUILESS_MAIN(MeetingPackTest)
#include "MeetingPackTest.moc"
