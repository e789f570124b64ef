#include "MainWindow.h"

#include "demo/DemoWorkspace.h"
#include "domain/Goal.h"
#include "model/TableSpec.h"
#include "models/RecordTableModel.h"
#include "pages/ReportsPage.h"
#include "pages/TabbedTablesPage.h"
#include "storage/Workspace.h"
#include "widgets/RecordTableView.h"
#include "WorkspaceView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
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
            // Every table on every tab has rows: no page is empty on the demo.
            for (QTabWidget* tabs : current->findChildren<QTabWidget*>()) {
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    for (QTableView* table : tabs->widget(tab)->findChildren<QTableView*>()) {
                        QVERIFY2(table->model()->rowCount() > 0,
                            qPrintable(view->pageTitle(page) + QStringLiteral(" / ")
                                + tabs->tabText(tab)));
                    }
                }
            }
        }
        view->showPage(7);
        auto* reports = qobject_cast<ReportsPage*>(view->currentPage());
        QVERIFY(reports);
        QVERIFY(reports->html().contains(QStringLiteral("Gemeente")));
    }

    void deleteAndUndoThroughTheUndoStack()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_demo));
        WorkspaceView* view = window.workspaceView();
        view->showPage(1);
        auto* page = qobject_cast<TabbedTablesPage*>(view->currentPage());
        QVERIFY(page);
        RecordTableView* goals = page->view(0);
        QCOMPARE(goals->model()->spec().table(), QStringLiteral("goal"));
        const int before = goals->model()->rowCount();
        goals->table()->selectRow(0);
        goals->deleteCurrent();
        QCOMPARE(goals->model()->rowCount(), before - 1);
        QCOMPARE(window.workspace()->repository<Goal>().count(), before - 1);
        window.undoStack()->undo();
        QCOMPARE(goals->model()->rowCount(), before);
        window.undoStack()->redo();
        QCOMPARE(window.workspace()->repository<Goal>().count(), before - 1);
        window.undoStack()->undo();
        QCOMPARE(window.workspace()->repository<Goal>().count(), before);
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
