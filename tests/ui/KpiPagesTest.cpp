#include "Clock.h"
#include "WorkspaceContext.h"
#include "MainWindow.h"
#include "WorkspaceView.h"
#include "demo/DemoWorkspace.h"
#include "dialogs/KpiEditor.h"
#include "dialogs/KpiReviewDialog.h"
#include "dialogs/ManualValueDialog.h"
#include "dialogs/RecordEditDialog.h"
#include "domain/Kpi.h"
#include "domain/KpiValue.h"
#include "models/RecordTableModel.h"
#include "pages/DashboardPage.h"
#include "dashboard/DashboardData.h"
#include "kpi/KpiFormat.h"
#include "widgets/FigureTile.h"
#include "widgets/StatusStyle.h"
#include <QListWidget>
#include <QTabWidget>
#include "pages/GoalsKpisPage.h"
#include "pages/MeasurementsPage.h"
#include "pages/GoalsPanel.h"
#include "pages/KpiPanel.h"
#include "storage/Workspace.h"
#include "widgets/RecordTableView.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace stuurboord;

// The Goals & KPIs page on the demo workspace, used the way a coordinator would.
class KpiPagesTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;

    GoalsKpisPage* page()
    {
        m_window->workspaceView()->showPage(1);
        return qobject_cast<GoalsKpisPage*>(m_window->workspaceView()->currentPage());
    }

    Kpi kpiNamed(const QString& name)
    {
        return m_window->workspace()->repository<Kpi>().where(QStringLiteral("name"), name).first();
    }

    void select(RecordTableView* view, qint64 id)
    {
        for (int row = 0; row < view->table()->model()->rowCount(); ++row) {
            view->table()->selectRow(row);
            if (view->currentId() == id)
                return;
        }
        QFAIL("row not found");
    }

    // Runs `action` with a modal dialog of type D open, handing it to `use`.
    template<typename D>
    void whenDialogOpens(const std::function<void(D*)>& use)
    {
        QTimer::singleShot(100, this, [use] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* dialog = qobject_cast<D*>(widget); dialog && dialog->isVisible()) {
                    use(dialog);
                    return;
                }
            }
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.stuurboord"));
        QVERIFY(DemoWorkspace::write(m_demo, QDate::currentDate().addMonths(-1)));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(m_window->openWorkspace(m_demo));
    }

    void cleanup() { m_window.reset(); }

    void goalShowsItsKpisWithStatusAndBacklog()
    {
        GoalsPanel* goals = page()->goals();
        const Kpi reach = kpiNamed(QStringLiteral("Bereik: ingelogde medewerkers"));
        select(goals->list(), reach.goalId);
        QTreeWidget* detail = goals->detail();
        QTreeWidgetItem* kpis = detail->topLevelItem(0);
        bool found = false;
        for (int i = 0; i < kpis->childCount(); ++i) {
            if (kpis->child(i)->text(0) == reach.name) {
                found = true;
                QVERIFY(!kpis->child(i)->text(1).isEmpty()); // its latest value
                QVERIFY(!kpis->child(i)->text(2).isEmpty()); // and status
            }
        }
        QVERIFY(found);
        QCOMPARE(detail->topLevelItem(detail->topLevelItemCount() - 1)->text(0), QStringLiteral("Backlog items"));
    }

    void kpiShowsValuesPerPeriod()
    {
        KpiPanel* panel = page()->kpis();
        const Kpi active = kpiNamed(QStringLiteral("Actieve medewerkers"));
        select(panel->list(), active.id);
        QVERIFY(panel->periods()->topLevelItemCount() >= 24);
        // Newest first; the oldest months still show version 1 (before the definition changed).
        const int last = panel->periods()->topLevelItemCount() - 1;
        QCOMPARE(panel->periods()->topLevelItem(last)->text(4), QStringLiteral("1"));
        QCOMPARE(panel->periods()->topLevelItem(0)->text(4), QStringLiteral("2"));
        if (const QString shots = qEnvironmentVariable("STUURBOORD_SHOTS"); !shots.isEmpty()) {
            page()->tabs()->setCurrentWidget(panel);
            m_window->grab().save(shots + QStringLiteral("/kpis.png"));
        }
    }

    void formulaErrorsShowWhileTyping()
    {
        const Kpi reach = kpiNamed(QStringLiteral("Bereik: ingelogde medewerkers"));
        whenDialogOpens<RecordEditDialog>([](RecordEditDialog* dialog) {
            auto* formula = dialog->findChild<QLineEdit*>(QStringLiteral("formula"));
            auto* hint = dialog->findChild<QLabel*>(QStringLiteral("formula_problem"));
            QVERIFY(formula && hint);
            QVERIFY(!hint->isVisible());
            formula->setText(QStringLiteral("unique_users / headcount * 100"));
            QVERIFY(hint->isVisible());
            QVERIFY2(hint->text().contains(QStringLiteral("position 1")) && hint->text().contains(QStringLiteral("unique_users")),
                     qPrintable(hint->text()));
            formula->setText(QStringLiteral("unique_logged_in_users / (headcount * 100"));
            QVERIFY2(hint->text().contains(QStringLiteral("parenthesis")), qPrintable(hint->text()));
            formula->setText(QStringLiteral("page_views / (active_users - active_users)"));
            QVERIFY2(hint->text().contains(QStringLiteral("division by zero")), qPrintable(hint->text()));
            if (const QString shots = qEnvironmentVariable("STUURBOORD_SHOTS"); !shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/kpi-editor.png"));
            formula->setText(QStringLiteral("unique_logged_in_users / headcount * 100"));
            QVERIFY(!hint->isVisible());
            dialog->reject();
        });
        KpiEditor::ask(*m_window->findChild<WorkspaceContext*>(), reach, m_window.get());
    }

    void changingTheFormulaMakesAVersionAndUndoRestoresIt()
    {
        Kpi reach = kpiNamed(QStringLiteral("Bereik: ingelogde medewerkers"));
        const int before = reach.version;
        whenDialogOpens<RecordEditDialog>([](RecordEditDialog* dialog) {
            dialog->findChild<QLineEdit*>(QStringLiteral("formula"))->setText(QStringLiteral("active_users / headcount * 100"));
            dialog->accept(); // refused: no reason given yet
            QVERIFY(dialog->isVisible());
            dialog->findChild<QLineEdit*>(QStringLiteral("why"))->setText(QStringLiteral("Nieuwe definitie"));
            dialog->accept();
        });
        KpiEditor::editAndSave(*m_window->findChild<WorkspaceContext*>(), reach.id, m_window.get());
        QCOMPARE(kpiNamed(reach.name).version, before + 1);
        const int frozen = m_window->workspace()->repository<KpiValue>().where(QStringLiteral("kpi_id"), reach.id).size();
        QVERIFY(frozen >= 24);
        m_window->undoStack()->undo();
        QCOMPARE(kpiNamed(reach.name).version, before);
        QCOMPARE(kpiNamed(reach.name).formula, reach.formula);
        QCOMPARE(m_window->workspace()->repository<KpiValue>().where(QStringLiteral("kpi_id"), reach.id).size(), 0);
        m_window->undoStack()->redo();
        QCOMPARE(kpiNamed(reach.name).version, before + 1);
    }

    void reviewRetiresAndDashboardDropsIt()
    {
        const Kpi views = kpiNamed(QStringLiteral("Paginaweergaven per medewerker"));
        KpiReviewDialog dialog(*m_window->findChild<WorkspaceContext*>(), views, m_window.get());
        dialog.setOutcome(KpiOperations::ReviewOutcome::Retired, QString());
        dialog.accept();
        QVERIFY(kpiNamed(views.name).lifecycle != KpiLifecycle::Retired); // a reason is required
        dialog.setOutcome(KpiOperations::ReviewOutcome::Retired, QStringLiteral("Zegt te weinig over samenwerking"));
        dialog.accept();
        QCOMPARE(kpiNamed(views.name).lifecycle, KpiLifecycle::Retired);
        QCOMPARE(kpiNamed(views.name).retiredReason, QStringLiteral("Zegt te weinig over samenwerking"));
        m_window->workspaceView()->showPage(0);
        auto* dashboard = qobject_cast<DashboardPage*>(m_window->workspaceView()->currentPage());
        QVERIFY(dashboard);
        const auto onDashboard = [dashboard](const QString& name) {
            const QList<FigureTile*> tiles = dashboard->tiles();
            return std::any_of(tiles.cbegin(), tiles.cend(),
                               [&](FigureTile* tile) { return tile->accessibleName().startsWith(name + u':'); });
        };
        QTRY_VERIFY(!onDashboard(views.name));
        QVERIFY(onDashboard(QStringLiteral("Actieve medewerkers")));
        m_window->undoStack()->undo();
        QTRY_VERIFY(onDashboard(views.name));
        QCOMPARE(kpiNamed(views.name).lifecycle, KpiLifecycle::Active);
    }

    // A tile per measured KPI, with what core computes, and a click on it opens the KPI.
    void dashboardTilesShowWhatCoreComputesAndOpenTheKpi()
    {
        m_window->workspaceView()->showPage(0);
        auto* dashboard = qobject_cast<DashboardPage*>(m_window->workspaceView()->currentPage());
        QVERIFY(dashboard);
        const DashboardData data = DashboardData::build(*m_window->workspace(), Clock::today());
        QCOMPARE(dashboard->tiles().size(), data.tiles.size());
        QVERIFY(data.tiles.size() >= 5);
        int withChange = 0;
        for (int i = 0; i < data.tiles.size(); ++i) {
            const KpiTile& tile = data.tiles.at(i);
            FigureTile* widget = dashboard->tiles().at(i);
            QCOMPARE(widget->kpiId(), tile.kpiId);
            QVERIFY(tile.latest);
            QVERIFY(widget->valueText().startsWith(KpiFormat::value(*tile.latest->value, tile.unit)));
            QVERIFY(widget->valueText().contains(KpiFormat::period(tile.latest->period)));
            QVERIFY(widget->statusText().endsWith(StatusStyle::text(tile.latest->status)));
            if (tile.changeFromPrevious()) {
                QVERIFY(widget->changeText().contains(KpiFormat::change(*tile.changeFromPrevious(), tile.unit)));
                ++withChange;
            }
        }
        QVERIFY(withChange > 0);
        // Action needed comes from the collector, in its order.
        QCOMPARE(dashboard->attentionList()->count(), qMax<qsizetype>(1, data.attention.size()));
        if (!data.attention.isEmpty())
            QVERIFY(dashboard->attentionList()->item(0)->text().endsWith(data.attention.first().text));

        FigureTile* second = dashboard->tiles().at(1);
        QTest::mouseClick(second, Qt::LeftButton);
        auto* goalsKpis = qobject_cast<GoalsKpisPage*>(m_window->workspaceView()->currentPage());
        QVERIFY(goalsKpis);
        QCOMPARE(goalsKpis->tabs()->currentWidget(), goalsKpis->kpis());
        QCOMPARE(goalsKpis->kpis()->list()->currentId(), second->kpiId());
    }

    void overdueSurveyIsShownAndCanBeEntered()
    {
        m_window->workspaceView()->showPage(2);
        auto* measurements = qobject_cast<MeasurementsPage*>(m_window->workspaceView()->currentPage());
        QVERIFY(measurements);
        const QList<QTreeWidgetItem*> overdue =
            measurements->overdue()->findItems(QStringLiteral("Tevredenheid medewerkers over intranet"), Qt::MatchExactly, 1);
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first()->text(2), QStringLiteral("not entered yet"));
        // Shown as a reader writes a quarter, kept as the period key for entering it.
        QVERIFY2(overdue.first()->text(0).contains(QStringLiteral(" Q")), qPrintable(overdue.first()->text(0)));
        const QString period = overdue.first()->data(0, Qt::UserRole + 1).toString();
        QVERIFY(period.contains(QStringLiteral("-Q")));
        const Kpi survey = kpiNamed(QStringLiteral("Tevredenheid medewerkers over intranet"));
        ManualValueDialog dialog(*m_window->findChild<WorkspaceContext*>(), survey.id, period, m_window.get());
        dialog.fill(period, 7.6, QStringLiteral("Pulspeiling, 401 respondenten"));
        dialog.accept();
        QVERIFY(measurements->overdue()->findItems(survey.name, Qt::MatchExactly, 1).isEmpty());
    }

    void surveyScoreIsEnteredAndUndone()
    {
        const Kpi survey = kpiNamed(QStringLiteral("Tevredenheid medewerkers over intranet"));
        const int before = m_window->workspace()->repository<KpiValue>().where(QStringLiteral("kpi_id"), survey.id).size();
        ManualValueDialog dialog(*m_window->findChild<WorkspaceContext*>(), survey.id, QString(), m_window.get());
        QVERIFY(dialog.hasManualKpis());
        dialog.fill(QStringLiteral("2030-Q1"), 7.8, QStringLiteral("Enquête maart, 388 respondenten"));
        dialog.accept();
        QCOMPARE(m_window->workspace()->repository<KpiValue>().where(QStringLiteral("kpi_id"), survey.id).size(), before + 1);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->workspace()->repository<KpiValue>().where(QStringLiteral("kpi_id"), survey.id).size(), before);
    }
};

QTEST_MAIN(KpiPagesTest)
#include "KpiPagesTest.moc"
