#include "demo/DemoWorkspace.h"

#include "domain/ActionItem.h"
#include "domain/BacklogItem.h"
#include "domain/BudgetYear.h"
#include "domain/DomainTables.h"
#include "domain/Goal.h"
#include "domain/HeadcountEntry.h"
#include "domain/ImportBatch.h"
#include "domain/Kpi.h"
#include "domain/KpiChange.h"
#include "domain/KpiTarget.h"
#include "domain/Meeting.h"
#include "domain/Metric.h"
#include "domain/Observation.h"
#include "domain/OrganisationProfile.h"
#include "domain/Stakeholder.h"
#include "domain/ThresholdRule.h"
#include "domain/Wish.h"
#include "model/TableSpec.h"
#include "storage/RecordStore.h"
#include "TestWorkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace stuurboord;

namespace {

const QDate lastMonth(2026, 10, 1);

// Every row of every domain table as text, in table order: equal dumps mean equal content.
QStringList dump(Workspace& workspace)
{
    QStringList lines;
    for (const TableSpec* spec : DomainTables::all()) {
        for (const Record& record : workspace.records().list(*spec)) {
            QStringList values;
            for (const QVariant& value : record.values)
                values << (value.isNull() ? QStringLiteral("NULL") : value.toString());
            lines << spec->table() + QLatin1Char('#') + QString::number(record.id)
                    + QLatin1Char(':') + values.join(QLatin1Char('|'));
        }
    }
    return lines;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class DemoWorkspaceTest : public QObject
{
    Q_OBJECT

private:
    // Declared first so the workspace (and its lock file) goes before the folder does.
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_demo;

    // The organisation total of a metric per month ("yyyy-MM" -> value).
    QMap<QString, double> totals(const QString& key)
    {
        QMap<QString, double> values;
        const QList<Metric> metrics
            = m_demo->repository<Metric>().where(QStringLiteral("key"), key);
        if (metrics.size() != 1)
            return values;
        for (const Observation& observation : m_demo->repository<Observation>().where(
                 QStringLiteral("metric_id"), metrics.first().id)) {
            if (observation.dimension.isEmpty())
                values.insert(observation.period, observation.value);
        }
        return values;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.stuurboord"));
        const Outcome outcome = DemoWorkspace::write(path, lastMonth);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        OpenResult opened = Workspace::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_demo = std::move(opened.workspace);
    }

    void organisationAndHeadcount()
    {
        const QList<OrganisationProfile> profiles = m_demo->repository<OrganisationProfile>().all();
        QCOMPARE(profiles.size(), 1);
        QVERIFY(!profiles.first().platform.isEmpty());
        QVERIFY(profiles.first().goLive < QDate(2024, 11, 1));
        QVERIFY(profiles.first().goLive >= QDate(2024, 10, 1));
        const QList<HeadcountEntry> headcount = m_demo->repository<HeadcountEntry>().all();
        QCOMPARE(headcount.size(), 25); // the go-live month and 24 usage months
        for (const HeadcountEntry& entry : headcount)
            QVERIFY(entry.employees >= 1070 && entry.employees <= 1130);
    }

    void twentyFourMonthsPerMetric_data()
    {
        QTest::addColumn<QString>("key");
        for (const char* key : {"active_users", "unique_logged_in_users", "page_views",
                 "pages_created", "profiles_completed", "questions_asked"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }

    void twentyFourMonthsPerMetric()
    {
        QFETCH(QString, key);
        const QMap<QString, double> values = totals(key);
        QCOMPARE(values.size(), 24);
        QCOMPARE(values.firstKey(), QStringLiteral("2024-11"));
        QCOMPARE(values.lastKey(), QStringLiteral("2026-10"));
        for (double value : values)
            QVERIFY(value > 0);
    }

    void importBatchesMatchObservations()
    {
        const QList<ImportBatch> batches = m_demo->repository<ImportBatch>().all();
        QCOMPARE(batches.size(), 24);
        for (const ImportBatch& batch : batches) {
            QCOMPARE(batch.sha256.size(), 64);
            QCOMPARE(batch.firstPeriod, batch.lastPeriod);
            QVERIFY(batch.fileName.contains(batch.firstPeriod));
            QCOMPARE(batch.rowsRead, batch.rowsKept + batch.rowsRejected);
            const QList<Observation> rows
                = m_demo->repository<Observation>().where(QStringLiteral("batch_id"), batch.id);
            QCOMPARE(int(rows.size()), batch.rowsKept);
            for (const Observation& row : rows) {
                QCOMPARE(row.period, batch.firstPeriod);
                QCOMPARE(row.windowStart.day(), 1);
                QCOMPARE(row.windowEnd, row.windowStart.addMonths(1).addDays(-1));
            }
            // Imported after the month it covers had ended.
            const QDate monthStart
                = QDate::fromString(batch.firstPeriod + QStringLiteral("-01"), Qt::ISODate);
            QVERIFY(batch.importedAt.date() > monthStart.addMonths(1).addDays(-1));
        }
    }

    void goalsKpisAndPeople()
    {
        const QList<Goal> goals = m_demo->repository<Goal>().all();
        QCOMPARE(goals.size(), 4);
        int concrete = 0;
        int children = 0;
        for (const Goal& goal : goals) {
            concrete += goal.kind == GoalKind::Concrete ? 1 : 0;
            if (goal.parentId != 0) {
                ++children;
                QVERIFY(m_demo->repository<Goal>().get(goal.parentId).has_value());
            }
            QVERIFY(goal.ownerId != 0);
        }
        QCOMPARE(concrete, 2);
        QCOMPARE(children, 1);

        const QList<Kpi> kpis = m_demo->repository<Kpi>().all();
        QCOMPARE(kpis.size(), 8);
        int retired = 0;
        int manual = 0;
        int lowerIsBetter = 0;
        for (const Kpi& kpi : kpis) {
            if (kpi.lifecycle == KpiLifecycle::Retired) {
                ++retired;
                QVERIFY(!kpi.retiredReason.trimmed().isEmpty());
                continue;
            }
            QCOMPARE(kpi.lifecycle, KpiLifecycle::Active);
            manual += kpi.source == KpiSource::Manual ? 1 : 0;
            lowerIsBetter += kpi.direction == Direction::LowerIsBetter ? 1 : 0;
            const QVariant id(kpi.id);
            QVERIFY2(
                !m_demo->repository<ThresholdRule>().where(QStringLiteral("kpi_id"), id).isEmpty(),
                qPrintable(kpi.name));
            QVERIFY2(!m_demo->repository<KpiTarget>().where(QStringLiteral("kpi_id"), id).isEmpty(),
                qPrintable(kpi.name));
            QVERIFY(kpi.nextReview > lastMonth);
        }
        QCOMPARE(retired, 1);
        QCOMPARE(manual, 1);
        QVERIFY(lowerIsBetter >= 1);

        const QList<Stakeholder> stakeholders = m_demo->repository<Stakeholder>().all();
        QCOMPARE(stakeholders.size(), 10);
        QMap<StakeholderCategory, int> categories;
        for (const Stakeholder& stakeholder : stakeholders)
            ++categories[stakeholder.category];
        QCOMPARE(categories.value(StakeholderCategory::Sponsor), 1);
        QCOMPARE(categories.value(StakeholderCategory::WorksCouncil), 1);
    }

    void meetingsAndActions()
    {
        int past = 0;
        int upcoming = 0;
        for (const Meeting& meeting : m_demo->repository<Meeting>().all()) {
            if (meeting.date > QDate(2026, 10, 31)) {
                ++upcoming;
                QVERIFY(meeting.minutes.isEmpty());
            } else {
                ++past;
                QVERIFY(!meeting.minutes.isEmpty());
            }
        }
        QVERIFY(past >= 6 && past <= 8);
        QCOMPARE(upcoming, 1);

        int fired = 0;
        for (const ActionItem& action : m_demo->repository<ActionItem>().all()) {
            QVERIFY(action.ownerId != 0);
            if (action.status == ActionStatus::Done)
                QVERIFY(action.closed.isValid() && action.closed >= action.created);
            if (action.kpiId != 0) {
                ++fired;
                QVERIFY(action.ruleId != 0);
                QCOMPARE(action.meetingId, 0);
            }
        }
        QVERIFY(fired >= 1 && fired <= 2);

        bool definitionChanged = false;
        for (const KpiChange& change : m_demo->repository<KpiChange>().all())
            definitionChanged |= change.version == 2;
        QVERIFY(definitionChanged);
    }

    void backlogWishesAndBudget()
    {
        QCOMPARE(m_demo->repository<BacklogItem>().count(), 15);
        const QList<Wish> wishes = m_demo->repository<Wish>().all();
        QCOMPARE(wishes.size(), 20);
        for (const Wish& wish : wishes) {
            if (wish.status == WishStatus::MovedToBacklog)
                QVERIFY(m_demo->repository<BacklogItem>().get(wish.backlogItemId).has_value());
            QVERIFY(wish.received <= QDate(2026, 10, 31));
        }
        QSet<int> years;
        for (const BudgetYear& year : m_demo->repository<BudgetYear>().all())
            years << year.year;
        QCOMPARE(years, (QSet<int>{2025, 2026}));
    }

    void storyIsVisible()
    {
        const QMap<QString, double> profiles = totals(QStringLiteral("profiles_completed"));
        // The profile campaign roughly doubled the filled-in profiles within the last year.
        QVERIFY2(profiles.value(QStringLiteral("2026-10"))
                > 1.5 * profiles.value(QStringLiteral("2025-10")),
            qPrintable(QStringLiteral("%1 vs %2")
                           .arg(profiles.value(QStringLiteral("2026-10")))
                           .arg(profiles.value(QStringLiteral("2025-10")))));

        const QMap<QString, double> active = totals(QStringLiteral("active_users"));
        for (const QString& year : {QStringLiteral("2025"), QStringLiteral("2026")}) {
            const double june = active.value(year + QStringLiteral("-06"));
            const double august = active.value(year + QStringLiteral("-08"));
            QVERIFY(june > 0);
            QVERIFY2(august < june, qPrintable(year));
        }
        // The launch peak: the first month beats the months that follow.
        QVERIFY(active.value(QStringLiteral("2024-11")) > active.value(QStringLiteral("2025-03")));
    }

    void departmentsAddUpToTotal()
    {
        const QList<Metric> metrics = m_demo->repository<Metric>().where(
            QStringLiteral("key"), QStringLiteral("page_views"));
        QCOMPARE(metrics.size(), 1);
        QMap<QString, double> total;
        QMap<QString, double> sum;
        QSet<QString> departments;
        for (const Observation& observation : m_demo->repository<Observation>().where(
                 QStringLiteral("metric_id"), metrics.first().id)) {
            if (observation.dimension.isEmpty()) {
                total[observation.period] += observation.value;
            } else {
                sum[observation.period] += observation.value;
                departments << observation.dimension;
            }
        }
        QVERIFY(departments.size() >= 6 && departments.size() <= 8);
        QCOMPARE(total.size(), 24);
        QCOMPARE(sum.keys(), total.keys());
        for (auto it = total.cbegin(); it != total.cend(); ++it)
            QCOMPARE(sum.value(it.key()), it.value());
    }

    void writingTwiceGivesTheSameContent()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("a.stuurboord"));
        const QString second = dir.filePath(QStringLiteral("b.stuurboord"));
        QVERIFY(DemoWorkspace::write(first, lastMonth).ok());
        // Any day of the month means that month.
        QVERIFY(DemoWorkspace::write(second, QDate(2026, 10, 31)).ok());
        OpenResult a = Workspace::open(first);
        OpenResult b = Workspace::open(second);
        QVERIFY(a.ok() && b.ok());
        const QStringList dumpA = dump(*a.workspace);
        QVERIFY2(dumpA.size() > 800, qPrintable(QString::number(dumpA.size())));
        QCOMPARE(dump(*b.workspace), dumpA);
        QCOMPARE(dump(*m_demo), dumpA);
    }

    void refusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bestaand.stuurboord"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("niet overschrijven");
        }
        const QByteArray before = fileHash(path);
        QVERIFY(!DemoWorkspace::write(path, lastMonth).ok());
        QCOMPARE(fileHash(path), before);

        // The same for an existing workspace: it keeps its content.
        const QString demoPath = m_demo->path();
        const QByteArray demoBefore = fileHash(demoPath);
        QVERIFY(!DemoWorkspace::write(demoPath, lastMonth).ok());
        QCOMPARE(fileHash(demoPath), demoBefore);
    }

    void fillLeavesNothingOnFailure()
    {
        TestWorkspace workspace;
        // A metric key the demo also uses makes fill fail halfway.
        Metric clash;
        clash.key = QStringLiteral("page_views");
        clash.name = QStringLiteral("Paginaweergaven");
        QVERIFY(workspace->repository<Metric>().add(clash).ok());
        const QStringList before = dump(*workspace);

        const Outcome outcome = DemoWorkspace::fill(*workspace, lastMonth);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.message().contains(QStringLiteral("page_views")),
            qPrintable(outcome.message()));
        QCOMPARE(dump(*workspace), before);
    }
};

QTEST_GUILESS_MAIN(DemoWorkspaceTest)
#include "DemoWorkspaceTest.moc"
