#include "Clock.h"
#include "MainWindow.h"

#include "RecentFiles.h"
#include "demo/DemoWorkspace.h"
#include "dialogs/RecordEditDialog.h"
#include "domain/Kpi.h"
#include "storage/RecordStore.h"
#include "domain/Goal.h"
#include "model/TableSpec.h"
#include "models/RecordTableModel.h"
#include "pages/ReportsPage.h"
#include "pages/GoalsKpisPage.h"
#include "pages/GoalsPanel.h"
#include "storage/Workspace.h"
#include "widgets/Confirmation.h"
#include "widgets/RecordTableView.h"
#include "WorkspaceView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <algorithm>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace stuurboord;

// Opens the demo in the real main window and visits every page, as a new user would.
class MainWindowTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("Demo werkruimte.stuurboord"));
        const Outcome written = DemoWorkspace::write(m_demo, QDate(2026, 10, 1));
        // The demo's own "today" (early in the month after its last usage month), so what
        // is held, planned or overdue does not change with the calendar.
        Clock::setToday(QDate(2026, 11, 10));
        QVERIFY2(written, qPrintable(written.message()));
    }

    void welcomeThenDemoShowsEveryPageWithData()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.workspaceView());
        QVERIFY(window.openWorkspace(m_demo));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Demo werkruimte.stuurboord")));
        QVERIFY(window.windowTitle().contains(window.workspace()->organisationName()));
        WorkspaceView* view = window.workspaceView();
        QVERIFY(view);
        QCOMPARE(view->pageCount(), 8);
        for (int page = 0; page < view->pageCount(); ++page) {
            view->showPage(page);
            QWidget* current = view->currentPage();
            QVERIFY(current->isVisible());
            // Set STUURBOORD_SHOTS=folder to look at every page (the test then grabs them).
            if (const QString shots = qEnvironmentVariable("STUURBOORD_SHOTS"); !shots.isEmpty())
                window.grab().save(QStringLiteral("%1/page-%2.png").arg(shots).arg(page));
            // Every table on every tab has rows: no page is empty on the demo.
            for (QTabWidget* tabs : current->findChildren<QTabWidget*>()) {
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    for (QTableView* table : tabs->widget(tab)->findChildren<QTableView*>()) {
                        QVERIFY2(table->model()->rowCount() > 0,
                            qPrintable(view->pageTitle(page) + QStringLiteral(" / ")
                                + tabs->tabText(tab) + QStringLiteral(" / ") + table->accessibleName()));
                    }
                }
            }
        }
        view->showPage(7);
        auto* reports = qobject_cast<ReportsPage*>(view->currentPage());
        QVERIFY(reports);
        QVERIFY(reports->pack() && reports->pack()->organisation.contains(QStringLiteral("Gemeente")));
    }

    void deleteAndUndoThroughTheUndoStack()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_demo));
        WorkspaceView* view = window.workspaceView();
        view->showPage(1);
        auto* page = qobject_cast<GoalsKpisPage*>(view->currentPage());
        QVERIFY(page);
        RecordTableView* goals = page->goals()->list();
        QCOMPARE(goals->model()->spec().table(), QStringLiteral("goal"));
        const int before = goals->model()->rowCount();
        goals->table()->selectRow(0);
        // The goal has KPIs: deleting it first says they lose their goal.
        Confirmation::setNextAnswer(true);
        goals->deleteCurrent();
        QVERIFY2(Confirmation::lastText().contains(QStringLiteral("will no longer have a goal")),
            qPrintable(Confirmation::lastText()));
        QCOMPARE(goals->model()->rowCount(), before - 1);
        QCOMPARE(window.workspace()->repository<Goal>().count(), before - 1);
        window.undoStack()->undo();
        QCOMPARE(goals->model()->rowCount(), before);
        window.undoStack()->redo();
        QCOMPARE(window.workspace()->repository<Goal>().count(), before - 1);
        window.undoStack()->undo();
        QCOMPARE(window.workspace()->repository<Goal>().count(), before);
    }

    void editDialogRefusesInvalidValuesWithAReason()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_demo));
        RecordStore& store = window.workspace()->records();
        const Record kpi = store.list(Kpi::entity().spec()).first();
        RecordEditDialog dialog(Kpi::entity().spec(), store, kpi);
        dialog.show();
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        QVERIFY(name);
        QCOMPARE(name->text(), kpi.values.at(Kpi::entity().spec().indexOf(QStringLiteral("name"))).toString());
        name->clear();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        const bool explained = std::any_of(labels.cbegin(), labels.cend(), [](QLabel* label) {
            return label->isVisible() && label->text().contains(QStringLiteral("Name is required."));
        });
        QVERIFY(explained);
        if (const QString shots = qEnvironmentVariable("STUURBOORD_SHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/kpi-dialog.png"));
        name->setText(QStringLiteral("Bereik intranet"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.record().values.at(Kpi::entity().spec().indexOf(QStringLiteral("name"))).toString(),
                 QStringLiteral("Bereik intranet"));
    }

    void recentFilesAndGeometryAreRemembered()
    {
        {
            MainWindow window;
            window.resize(1111, 777);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openWorkspace(m_demo));
            window.close();
        }
        QCOMPARE(RecentFiles::list().value(0), QFileInfo(m_demo).absoluteFilePath());
        MainWindow again;
        QCOMPARE(again.size(), QSize(1111, 777));
    }

    // A workspace open elsewhere (here a second connection in this process, holding its
    // lock as the application does) is waited for with progress, then opened.
    void busyWorkspaceIsWaitedForThenOpened()
    {
        const QString path = m_dir.filePath(QStringLiteral("bezet.stuurboord"));
        OpenResult holder = Workspace::create(path, QStringLiteral("Gemeente Bezet"));
        QVERIFY(holder.ok());
        MainWindow window;
        bool asked = false;
        bool waited = false;
        QTimer::singleShot(200, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"busyWorkspace")
                return;
            asked = true;
            if (qEnvironmentVariableIsSet("STUURBOORD_SHOTS"))
                box->grab().save(QStringLiteral("/tmp/busy-box.png"));
            box->defaultButton()->click(); // Wait
        });
        QTimer::singleShot(900, [&] {
            QWidget* progress = QApplication::activeModalWidget();
            waited = progress && progress->objectName() == u"waitingForWorkspace";
            if (waited && qEnvironmentVariableIsSet("STUURBOORD_SHOTS"))
                progress->grab().save(QStringLiteral("/tmp/busy-progress.png"));
            holder.workspace.reset(); // the other closes it
        });
        QVERIFY(window.openWorkspace(path));
        QVERIFY(asked);
        QVERIFY(waited);
        QVERIFY(window.workspaceView());
    }

    void busyWorkspaceWaitCanBeCancelled()
    {
        const QString path = m_dir.filePath(QStringLiteral("bezet2.stuurboord"));
        OpenResult holder = Workspace::create(path, QStringLiteral("Gemeente Bezet"));
        QVERIFY(holder.ok());
        MainWindow window;
        QTimer::singleShot(200, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->defaultButton()->click();
        });
        QTimer::singleShot(700, [] {
            if (auto* progress = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget()))
                progress->cancel();
        });
        QVERIFY(!window.openWorkspace(path));
        QVERIFY(!window.workspaceView());
        // Nothing else pops up after Cancel, and the workspace was left as it was.
        QVERIFY(!QApplication::activeModalWidget());
    }

    void brokenFileKeepsWelcomePage()
    {
        MainWindow window;
        const QString broken = m_dir.filePath(QStringLiteral("kapot.stuurboord"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        // The warning box would block; close it as soon as it appears.
        QTimer::singleShot(200, [] {
            if (QWidget* box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!window.openWorkspace(broken));
        QVERIFY(!window.workspaceView());
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
