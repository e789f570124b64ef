#include "backlog/BacklogQuadrant.h"
#include "Clock.h"
#include "demo/DemoWorkspace.h"
#include "domain/BacklogItem.h"
#include "domain/BudgetLine.h"
#include "domain/BudgetYear.h"
#include "domain/Wish.h"
#include "MainWindow.h"
#include "pages/BacklogPage.h"
#include "pages/BacklogPanel.h"
#include "pages/BudgetPage.h"
#include "pages/BusinessCasePanel.h"
#include "pages/WishesPanel.h"
#include "storage/Workspace.h"
#include "widgets/BacklogMatrixWidget.h"
#include "widgets/BudgetChart.h"
#include "widgets/RecordTableView.h"
#include "widgets/ViewCsvExport.h"
#include "WorkspaceView.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QSet>
#include <QSignalSpy>
#include <QTimer>
#include <QApplication>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace stuurboord;

// The Backlog & wishes and Budget pages on the demo workspace, used as a coordinator would.
class BacklogBudgetPagesTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;

    template <typename P> P* pageOf()
    {
        WorkspaceView* view = m_window->workspaceView();
        for (int i = 0; i < view->pageCount(); ++i) {
            view->showPage(i);
            if (auto* page = qobject_cast<P*>(view->currentPage()))
                return page;
        }
        return nullptr;
    }

    static void select(RecordTableView* view, qint64 id)
    {
        for (int row = 0; row < view->table()->model()->rowCount(); ++row) {
            view->table()->selectRow(row);
            if (view->currentId() == id)
                return;
        }
        QFAIL("row not found");
    }

    Workspace& workspace() { return *m_window->workspace(); }

    void shoot(const QString& name)
    {
        if (const QString shots = qEnvironmentVariable("STUURBOORD_SHOTS"); !shots.isEmpty())
            m_window->grab().save(shots + u'/' + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.stuurboord"));
        QVERIFY(DemoWorkspace::write(m_demo, QDate(2026, 10, 1)));
        Clock::setToday(QDate(2026, 11, 10));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(m_window->openWorkspace(m_demo));
    }

    void cleanup() { m_window.reset(); }
    void cleanupTestCase() { Clock::setToday({}); }

    void matrixPlacesTheDemoItemsInTheirQuadrants()
    {
        BacklogPage* page = pageOf<BacklogPage>();
        QVERIFY(page);
        BacklogMatrixWidget* matrix = page->backlog()->matrix();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        int placed = 0;
        for (const BacklogItem& item : workspace().repository<BacklogItem>().all()) {
            const QRect chip = matrix->chipRect(item.id);
            const bool open = item.status != BacklogStatus::Done && item.status != BacklogStatus::Rejected;
            QCOMPARE(chip.isValid(), open); // done and rejected work is filtered out by default
            if (!open)
                continue;
            // High value is 3 and up, high effort likewise: quick wins top left, big bets
            // top right, fill-ins bottom left, money pits bottom right.
            const bool highValue = item.value >= 3;
            const bool highEffort = item.effort >= 3;
            const QRect grid = matrix->quadrantRect(BacklogQuadrant::QuickWin)
                                   .united(matrix->quadrantRect(BacklogQuadrant::MoneyPit));
            QCOMPARE(chip.center().y() < grid.center().y(), highValue);
            QCOMPARE(chip.center().x() > grid.center().x(), highEffort);
            ++placed;
        }
        QCOMPARE(placed, 10);
        // No two names overlap.
        QList<QRect> chips;
        for (const BacklogItem& item : workspace().repository<BacklogItem>().all()) {
            if (const QRect chip = matrix->chipRect(item.id); chip.isValid()) {
                for (const QRect& other : std::as_const(chips))
                    QVERIFY(!chip.intersects(other));
                chips << chip;
            }
        }
        // The filters narrow the matrix and the list alike.
        QComboBox* priority = page->backlog()->priorityFilter();
        priority->setCurrentIndex(priority->findData(QStringLiteral("must")));
        int musts = 0;
        for (const BacklogItem& item : workspace().repository<BacklogItem>().all()) {
            const bool shown = item.priority == Priority::Must && item.status != BacklogStatus::Done
                && item.status != BacklogStatus::Rejected;
            QCOMPARE(matrix->chipRect(item.id).isValid(), shown);
            musts += shown;
        }
        QCOMPARE(page->backlog()->list()->table()->model()->rowCount(), musts);
        shoot(QStringLiteral("backlog-must"));
        priority->setCurrentIndex(0);
        shoot(QStringLiteral("backlog"));

        // Without a mouse: focus lands on the first chip, the arrows walk every shown chip
        // once, and Enter opens the current item.
        matrix->setFocus(Qt::TabFocusReason);
        QVERIFY(matrix->hasFocus());
        QVERIFY(matrix->currentItem() != 0);
        QSet<qint64> visited{matrix->currentItem()};
        for (int i = 0; i < 20; ++i) {
            QTest::keyClick(matrix, Qt::Key_Right);
            visited.insert(matrix->currentItem());
        }
        QCOMPARE(visited.size(), placed);
        QVERIFY(!matrix->accessibleDescription().isEmpty());
        QSignalSpy opened(matrix, &BacklogMatrixWidget::itemActivated);
        QTimer::singleShot(0, [] {
            if (QWidget* dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        QTest::keyClick(matrix, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), matrix->currentItem());
    }

    void backlogListFitsWithoutSidewaysScrolling()
    {
        BacklogPage* page = pageOf<BacklogPage>();
        QTableView* table = page->backlog()->list()->table();
        QTest::qWait(50);
        QVERIFY(!table->horizontalScrollBar()->isVisible());
        QStringList shown;
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (!table->isColumnHidden(column))
                shown << table->model()->headerData(column, Qt::Horizontal).toString();
        }
        shown.sort();
        QCOMPARE(shown, (QStringList{QStringLiteral("Cost"), QStringLiteral("Effort"), QStringLiteral("Goal"),
                            QStringLiteral("Priority"), QStringLiteral("Status"), QStringLiteral("Title"), QStringLiteral("Value")}));
    }

    void moveWishToBacklogIsOneUndoStep()
    {
        BacklogPage* page = pageOf<BacklogPage>();
        WishesPanel* wishes = page->wishes();
        Wish wish = workspace().repository<Wish>().where(QStringLiteral("status"), QStringLiteral("new")).first();
        const int itemsBefore = workspace().repository<BacklogItem>().count();
        BacklogItem draft;
        draft.title = QStringLiteral("Overzicht van mijn groepen");
        draft.value = 3;
        draft.effort = 1;
        QVERIFY(wishes->moveToBacklog(wish.id, BacklogItem::entity().toRecord(draft)));
        QCOMPARE(workspace().repository<BacklogItem>().count(), itemsBefore + 1);
        const Wish moved = *workspace().repository<Wish>().get(wish.id);
        QCOMPARE(moved.status, WishStatus::MovedToBacklog);
        const BacklogItem item = *workspace().repository<BacklogItem>().get(moved.backlogItemId);
        QCOMPARE(item.origin, BacklogOrigin::EmployeeWish);
        QVERIFY(page->backlog()->matrix()->chipRect(item.id).isValid()); // it shows at once
        QVERIFY(m_window->undoStack()->undoText().startsWith(QStringLiteral("Move wish")));

        m_window->undoStack()->undo();
        QCOMPARE(workspace().repository<BacklogItem>().count(), itemsBefore);
        QCOMPARE(workspace().repository<Wish>().get(wish.id)->status, WishStatus::New);
        QVERIFY(!page->backlog()->matrix()->chipRect(item.id).isValid());
        m_window->undoStack()->redo();
        QCOMPARE(workspace().repository<BacklogItem>().count(), itemsBefore + 1);
        QCOMPARE(workspace().repository<Wish>().get(wish.id)->backlogItemId, item.id);
    }

    void declineKeepsTheReasonAndUndoes()
    {
        WishesPanel* wishes = pageOf<BacklogPage>()->wishes();
        const Wish wish = workspace().repository<Wish>().where(QStringLiteral("status"), QStringLiteral("new")).first();
        QVERIFY(!wishes->decline(wish.id, QString())); // no reason: refused, nothing on the stack
        QCOMPARE(workspace().repository<Wish>().get(wish.id)->status, WishStatus::New);
        QVERIFY(wishes->decline(wish.id, QStringLiteral("Kan al via de zoekfunctie.")));
        QCOMPARE(workspace().repository<Wish>().get(wish.id)->declineReason, QStringLiteral("Kan al via de zoekfunctie."));
        m_window->undoStack()->undo();
        QCOMPARE(workspace().repository<Wish>().get(wish.id)->status, WishStatus::New);
        QVERIFY(workspace().repository<Wish>().get(wish.id)->declineReason.isEmpty());
        m_window->undoStack()->redo();
        QCOMPARE(workspace().repository<Wish>().get(wish.id)->status, WishStatus::Declined);
        m_window->undoStack()->undo();
    }

    void budgetShowsCommittedWarningsChartAndBusinessCase()
    {
        BudgetPage* page = pageOf<BudgetPage>();
        QVERIFY(page);
        QCOMPARE(page->yearChoice()->currentData().toInt(), 2026);
        QTreeWidget* summary = page->summary();
        QCOMPARE(summary->headerItem()->text(3), QStringLiteral("Committed"));
        QTreeWidgetItem* total = summary->topLevelItem(summary->topLevelItemCount() - 1);
        QCOMPARE(total->text(0), QStringLiteral("Total"));
        bool phaseTwoOverCommitted = false;
        for (int i = 0; i + 1 < summary->topLevelItemCount(); ++i) {
            if (summary->topLevelItem(i)->text(0) == QStringLiteral("Phase-two development"))
                phaseTwoOverCommitted = summary->topLevelItem(i)->text(5).contains(u'-');
        }
        // The demo's phase-two line is committed beyond what is left.
        QVERIFY(phaseTwoOverCommitted);
        QVERIFY2(page->warnings()->text().contains(QStringLiteral("overcommitted")), qPrintable(page->warnings()->text()));
        auto* series = qobject_cast<QHorizontalBarSeries*>(page->chart()->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 3);
        QCOMPARE(series->barSets().first()->count(), summary->topLevelItemCount() - 1);
        shoot(QStringLiteral("budget"));

        page->tabs()->setCurrentWidget(page->businessCase());
        const QString businessCase = page->businessCase()->summary()->text();
        QVERIFY(businessCase.contains(QStringLiteral("per active user")));
        QVERIFY(businessCase.contains(QStringLiteral("Sneller een collega")));
        QVERIFY(businessCase.contains(QStringLiteral("Estimated return")));
        // The assumptions fit without scrolling sideways, and a field that does not apply to
        // the kind of benefit stays blank instead of reading "0".
        QTableView* assumptions = page->businessCase()->assumptions()->table();
        QTest::qWait(50);
        shoot(QStringLiteral("business-case"));
        QVERIFY2(!assumptions->horizontalScrollBar()->isVisible(), "the assumptions scroll sideways");
        const auto* model = assumptions->model();
        const auto columnOf = [model](const QString& title) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (model->headerData(c, Qt::Horizontal).toString() == title)
                    return c;
            }
            return -1;
        };
        const int kind = columnOf(QStringLiteral("Kind"));
        const int perYear = columnOf(QStringLiteral("Amount per year"));
        const int minutes = columnOf(QStringLiteral("Minutes a month"));
        QVERIFY(kind >= 0 && perYear >= 0 && minutes >= 0);
        int fixed = 0;
        int timeSaved = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool isFixed = model->index(row, kind).data().toString().startsWith(QStringLiteral("Fixed"));
            QCOMPARE(model->index(row, perYear).data().toString().isEmpty(), !isFixed);
            QCOMPARE(model->index(row, minutes).data().toString().isEmpty(), isFixed);
            (isFixed ? fixed : timeSaved) += 1;
        }
        QVERIFY(fixed > 0 && timeSaved > 0);
    }

    void prepareNextYearUndoes()
    {
        BudgetPage* page = pageOf<BudgetPage>();
        const int linesBefore = workspace().repository<BudgetLine>().count();
        QVERIFY(page->prepareNextYear());
        QCOMPARE(page->yearChoice()->currentData().toInt(), 2027);
        QVERIFY(page->yearChoice()->currentText().contains(QStringLiteral("draft")));
        const int copied = workspace().repository<BudgetLine>().count() - linesBefore;
        QCOMPARE(copied, 6);
        QCOMPARE(page->summary()->topLevelItemCount(), copied + 1);
        QVERIFY(m_window->undoStack()->undoText().contains(u"2027"));
        m_window->undoStack()->undo();
        QCOMPARE(workspace().repository<BudgetLine>().count(), linesBefore);
        QVERIFY(workspace().repository<BudgetYear>().where(QStringLiteral("year"), 2027).isEmpty());
        QCOMPARE(page->yearChoice()->findData(2027), -1);
        m_window->undoStack()->redo();
        QCOMPARE(workspace().repository<BudgetYear>().where(QStringLiteral("year"), 2027).size(), 1);
        QCOMPARE(workspace().repository<BudgetLine>().count(), linesBefore + copied);
        m_window->undoStack()->undo();
    }

    void viewsExportWhatTheyShow()
    {
        BacklogPage* page = pageOf<BacklogPage>();
        QTableView* table = page->backlog()->list()->table();
        const QString path = m_dir.filePath(QStringLiteral("backlog-view.csv"));
        QVERIFY(ViewCsvExport::write(*table, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QVERIFY(lines.first().startsWith("Title,"));
        QCOMPARE(lines.first().count(','), 6);
        QCOMPARE(lines.size() - 2, table->model()->rowCount()); // header and the final line break
    }
};

QTEST_MAIN(BacklogBudgetPagesTest)
#include "BacklogBudgetPagesTest.moc"
