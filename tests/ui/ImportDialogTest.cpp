#include "dialogs/ImportDialog.h"

#include "dialogs/ColumnMappingDialog.h"
#include "domain/ImportBatch.h"
#include "domain/Observation.h"
#include "FileBytes.h"
#include "import/ImportJob.h"
#include "MainWindow.h"
#include "models/RecordTableModel.h"
#include "pages/DataPage.h"
#include "storage/Workspace.h"
#include "widgets/RecordTableView.h"
#include "WorkspaceContext.h"
#include "WorkspaceRows.h"
#include "WorkspaceView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QTreeWidget>
#include <QUrl>

using namespace stuurboord;
using stuurboord::test::count;
using stuurboord::test::figures;

// Importing a usage export from the window: preview, progress, stop, confirm, undo, and
// taking an import back out of the history.
class ImportDialogTest final : public QObject
{
    Q_OBJECT

private:
    static constexpr int jobTimeout = 120000; // ms; a debug build under sanitizers is slow

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        return writeFixture(m_dir.path(), name, bytes);
    }

    static bool showsProblem(QDialog& dialog, const QString& text)
    {
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().contains(text))
                return true;
        }
        return false;
    }

    // Long format, one figure per row: teams over twenty months.
    static QByteArray generated(int rows)
    {
        QByteArray bytes = "date,metric,dimension,value\n";
        bytes.reserve(rows * 40);
        for (int i = 0; i < rows; ++i) {
            bytes += QDate(2024, 1, 1).addMonths(i % 20).toString(Qt::ISODate).toLatin1()
                + ",page_views,Team " + QByteArray::number(i / 20) + ','
                + QByteArray::number(i % 991) + '\n';
        }
        return bytes;
    }

    static bool waitUntilDone(ImportDialog& dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.isBusy(); }, jobTimeout);
    }

    QString newWorkspace(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        if (!Workspace::create(path, QStringLiteral("Ziekenhuis Noord")).ok())
            qFatal("cannot create %s", qPrintable(path));
        return path;
    }

    static QString shotsFolder()
    {
        QString shots = qEnvironmentVariable("STUURBOORD_SHOTS");
        if (!shots.isEmpty())
            QDir().mkpath(shots);
        return shots;
    }

    // Imports one file through the dialog as a user would.
    static void importThroughDialog(
        WorkspaceContext& context, const QString& path, QWidget* parent, int overlapChoice = 0)
    {
        ImportDialog dialog(context, path, {}, parent);
        dialog.show();
        QVERIFY(waitUntilDone(dialog));
        dialog.setOverlapChoice(overlapChoice);
        dialog.accept();
        QVERIFY(waitUntilDone(dialog));
        QVERIFY(!dialog.isVisible());
    }

    // Everything the preview shows in words: the summary and every line of its tabs.
    static QString shownText(QDialog& dialog)
    {
        QStringList lines{dialog.findChild<QLabel*>(QStringLiteral("summary"))->text()};
        for (QTabWidget* tabs : dialog.findChildren<QTabWidget*>()) {
            for (int i = 0; i < tabs->count(); ++i)
                lines << tabs->tabText(i);
        }
        for (QTreeWidget* tree : dialog.findChildren<QTreeWidget*>()) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                for (int c = 0; c < tree->columnCount(); ++c)
                    lines << tree->topLevelItem(i)->text(c);
            }
        }
        return lines.join(u'\n');
    }

private slots:
    void whatTheFileLeavesOpenIsAskedInTheDialog()
    {
        const QString workspacePath = m_dir.filePath(QStringLiteral("open.stuurboord"));
        QVERIFY(Workspace::create(workspacePath, QStringLiteral("Gemeente Oost")).ok());
        MainWindow window;
        QVERIFY(window.openWorkspace(workspacePath));
        auto* context = window.findChild<WorkspaceContext*>();
        // A Matomo summary of one month whose file name does not say which.
        ImportDialog dialog(*context,
            write(QStringLiteral("bezoeken.csv"),
                "nb_uniq_visitors,nb_visits,nb_actions\n812,1204,3650\n"),
            {}, &window);
        dialog.show();
        QVERIFY(waitUntilDone(dialog));
        QVERIFY(!dialog.preview().ok());
        auto* month = dialog.findChild<QLineEdit*>(QStringLiteral("month"));
        QVERIFY(month && month->isVisible());
        month->setText(QStringLiteral("2026-03"));
        dialog.readAgain({{QStringLiteral("period"), QStringLiteral("2026-03")}});
        QVERIFY(waitUntilDone(dialog));
        QVERIFY2(dialog.preview().ok(), qPrintable(dialog.preview().error));
        QCOMPARE(dialog.preview().months(), QStringList{QStringLiteral("2026-03")});

        // A GA4 snapshot with two tables: both are offered, the second can be chosen.
        ImportDialog snapshot(*context,
            write(QStringLiteral("snapshot.csv"),
                "# Start date: 20260301\n# End date: 20260331\nPage "
                "path,Views\n/,100\n/nieuws,50\n\n"
                "# Start date: 20260301\n# End date: 20260331\nCountry,Users\nNetherlands,70\n"),
            {}, &window);
        snapshot.show();
        QVERIFY(waitUntilDone(snapshot));
        auto* table = snapshot.findChild<QComboBox*>(QStringLiteral("table"));
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->count(), 2);
        QCOMPARE(snapshot.preview().figureCount, 2);
        snapshot.readAgain({{QStringLiteral("table"), QStringLiteral("2")}});
        QVERIFY(waitUntilDone(snapshot));
        QCOMPARE(snapshot.preview().figureCount, 1);
        if (const QString shots = qEnvironmentVariable("STUURBOORD_SHOTS"); !shots.isEmpty())
            snapshot.grab().save(shots + QStringLiteral("/import-tables.png"));
    }

    // Matomo's scheduled report, weekly periods and a cut-off UTF-16 file: the preview says
    // how each was read, and what it imports is what the file holds.
    void matomoShapesAreExplainedInThePreview()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspace(QStringLiteral("matomo.stuurboord"))));
        auto* context = window.findChild<WorkspaceContext*>();
        const QString report = write(QStringLiteral("Intranet rapport 2026-03.csv"),
            "All Websites dashboard\n"
            "label,nb_visits,nb_actions,nb_pageviews,visits_evolution\n"
            "Site 1,11,43,43,100%\nSite 2,1,3,3,100%\n\n"
            "Visits Summary\n"
            "nb_uniq_visitors,nb_visits,nb_actions,max_actions,nb_actions_per_visit,"
            "avg_time_on_site,bounce_rate\n2,11,43,5,3.9,00:10:55,27%\n\n"
            "Country\nlabel,nb_visits,nb_actions\nNetherlands,10,40\nBelgium,1,3\n");
        {
            ImportDialog dialog(*context, report, {}, &window);
            dialog.show();
            QVERIFY(waitUntilDone(dialog));
            QVERIFY2(dialog.preview().ok(), qPrintable(dialog.preview().error));
            const QString shown = shownText(dialog);
            QVERIFY2(shown.contains(QStringLiteral("Matomo scheduled report")), qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("names the month 2026-03")), qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("“Country” (2)")), qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("_evolution")), qPrintable(shown));
            dialog.accept();
            QVERIFY(waitUntilDone(dialog));
        }
        Workspace& workspace = *window.workspace();
        QCOMPARE(stuurboord::test::monthValue(workspace, QStringLiteral("visits"), QStringLiteral("2026-03")), 11.0);
        QCOMPARE(stuurboord::test::monthValue(workspace, QStringLiteral("nb_actions_per_visit"),
                     QStringLiteral("2026-03")), 3.9);
        QCOMPARE(stuurboord::test::monthValue(workspace, QStringLiteral("visits"), QStringLiteral("2026-03"),
                     QStringLiteral("Site 2")), 1.0);

        ImportDialog weeks(*context,
            write(QStringLiteral("weeks.csv"),
                "date,nb_uniq_visitors,nb_visits,nb_actions\n"
                "\"2009-12-21,2009-12-27\",10,20,60\n\"2009-12-28,2010-01-03\",12,22,70\n"),
            {}, &window);
        weeks.show();
        QVERIFY(waitUntilDone(weeks));
        QCOMPARE(weeks.preview().rejectedCount, 0);
        QString shown = shownText(weeks);
        QVERIFY2(shown.contains(QStringLiteral("the 7-day window 2009-12-28 to 2010-01-03 counts for 2009-12")),
            qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("December 2009 is incomplete (21–31 December)")),
            qPrintable(shown));

        QByteArray cut("\xff\xfe", 2);
        const QString text = QStringLiteral("date\tnb_visits\n2026-01\t1200\n2026-02\t1250");
        cut += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        cut.chop(1);
        ImportDialog cutOff(*context, write(QStringLiteral("visits.tsv"), cut), {}, &window);
        cutOff.show();
        QVERIFY(waitUntilDone(cutOff));
        QVERIFY2(cutOff.preview().ok(), qPrintable(cutOff.preview().error));
        QCOMPARE(cutOff.preview().rejectedCount, 1);
        shown = shownText(cutOff);
        QVERIFY2(shown.contains(QStringLiteral("Rejected rows (1)")), qPrintable(shown));
        // Figures are shown as the file has them: 1,200 visits, not "1,200.0".
        QVERIFY2(shown.contains(QStringLiteral("\n1,200\n")) || shown.endsWith(QStringLiteral("\n1,200")),
            qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("its last character is cut off")), qPrintable(shown));
        cutOff.accept();
        QVERIFY(waitUntilDone(cutOff));
        QCOMPARE(stuurboord::test::monthValue(workspace, QStringLiteral("visits"), QStringLiteral("2026-01")), 1200.0);
        QCOMPARE(stuurboord::test::monthValue(workspace, QStringLiteral("visits"), QStringLiteral("2026-02")), -1.0);
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void previewImportUndoAndOverlap()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(newWorkspace(QStringLiteral("w.stuurboord"))));
        auto* context = window.findChild<WorkspaceContext*>();
        const QString first = write(QStringLiteral("gebruik.csv"),
            "Maand;Paginaweergaven;Actieve "
            "gebruikers\r\njan-26;12.345;610\r\nfeb-26;13.001;620\r\nTotaal;25.346;1.230\r\n");
        ImportDialog dialog(*context, first, {}, &window);
        dialog.show();
        QVERIFY(waitUntilDone(dialog));
        QCOMPARE(dialog.preview().figureCount, 4);
        QCOMPARE(dialog.preview().leftOutCount, 1);
        // The rows as parsed: the header and the three rows below it, with line numbers.
        const auto* asRead = dialog.findChild<QTableWidget*>(QStringLiteral("rowsAsRead"));
        QVERIFY(asRead);
        QCOMPARE(asRead->rowCount(), 4);
        QCOMPARE(asRead->columnCount(), 3);
        QVERIFY(asRead->item(0, 1)->font().bold());
        QCOMPARE(asRead->item(2, 1)->text(), QStringLiteral("13.001"));
        QCOMPARE(asRead->verticalHeaderItem(3)->text(), QStringLiteral("4"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("summary"))
                    ->text()
                    .contains(QStringLiteral("1 totals row")));
        if (const QString shots = shotsFolder(); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/import.png"));
        dialog.accept();
        QVERIFY(waitUntilDone(dialog));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(window.workspace()->repository<Observation>().count(), 4);
        window.undoStack()->undo();
        QCOMPARE(window.workspace()->repository<Observation>().count(), 0);
        QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 0);
        window.undoStack()->redo();
        QCOMPARE(window.workspace()->repository<Observation>().count(), 4);
        const QStringList beforeCorrection = figures(*window.workspace());

        const QString correction
            = write(QStringLiteral("correctie.csv"), "Maand;Paginaweergaven\r\nfeb-26;13.100\r\n");
        ImportDialog again(*context, correction, {}, &window);
        again.show();
        QVERIFY(waitUntilDone(again));
        again.accept();
        QVERIFY(waitUntilDone(again));
        QVERIFY(again.isVisible()); // it asks first
        QVERIFY(showsProblem(again, QStringLiteral("already has figures")));
        QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 1);
        again.setOverlapChoice(1); // replace
        again.accept();
        QVERIFY(waitUntilDone(again));
        QVERIFY(!again.isVisible());
        QCOMPARE(window.workspace()->repository<Observation>().count(), 4);
        QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 2);
        const QStringList afterCorrection = figures(*window.workspace());
        QVERIFY(afterCorrection != beforeCorrection);

        // Undo brings back exactly the figure the correction replaced, redo replaces it again.
        window.undoStack()->undo();
        QCOMPARE(figures(*window.workspace()), beforeCorrection);
        QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 1);
        window.undoStack()->redo();
        QCOMPARE(figures(*window.workspace()), afterCorrection);
        window.undoStack()->undo();
        window.undoStack()->undo();
        QCOMPARE(count(*window.workspace(), QStringLiteral("observation")), 0);
        QCOMPARE(count(*window.workspace(), QStringLiteral("metric")), 0);
        window.undoStack()->redo();
        window.undoStack()->redo();
        QCOMPARE(figures(*window.workspace()), afterCorrection);

        // The same bytes again: refused once, then imported when asked again.
        ImportDialog twice(*context, correction, {}, &window);
        twice.show();
        QVERIFY(waitUntilDone(twice));
        twice.setOverlapChoice(1);
        twice.accept();
        QVERIFY(waitUntilDone(twice));
        QVERIFY(showsProblem(twice, QStringLiteral("Press Import again")));
        twice.accept();
        QVERIFY(waitUntilDone(twice));
        QVERIFY(!twice.isVisible());
        QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 3);
    }

    // Enter imports and Escape cancels, every time, wherever the focus is in the preview.
    void enterImportsEscapeCancels()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(newWorkspace(QStringLiteral("keys.stuurboord"))));
        auto* context = window.findChild<WorkspaceContext*>();
        const QString partial = write(QStringLiteral("ga4-tot-10.csv"),
            "# Start date: 20251101\n# End date: 20251110\nNth day,Views\n0000,10\n0001,11\n"
            "0002,12\n0003,13\n0004,14\n0005,15\n0006,16\n0007,17\n0008,18\n0009,19\n");
        {
            ImportDialog cancelled(*context, partial, {}, &window);
            cancelled.show();
            QVERIFY(QTest::qWaitForWindowExposed(&cancelled));
            QVERIFY(waitUntilDone(cancelled));
            const QString summary
                = cancelled.findChild<QLabel*>(QStringLiteral("summary"))->text();
            QVERIFY2(summary.contains(QStringLiteral("is incomplete (1–10")), qPrintable(summary));
            if (const QString shots = shotsFolder(); !shots.isEmpty())
                cancelled.grab().save(shots + QStringLiteral("/import-incomplete.png"));
            QTest::keyClick(&cancelled, Qt::Key_Escape);
            QVERIFY(!cancelled.isVisible());
            QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 0);
        }
        // Files one after another, Enter pressed with the focus on each part of the dialog.
        for (int i = 0; i < 6; ++i) {
            const QString path = write(QStringLiteral("maand-%1.csv").arg(i),
                QStringLiteral("Maand;Paginaweergaven\r\n2025-%1;%2\r\n")
                    .arg(i + 1, 2, 10, QLatin1Char('0'))
                    .arg(1000 + i)
                    .toUtf8());
            ImportDialog dialog(*context, path, {}, &window);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(waitUntilDone(dialog));
            QPushButton* import = nullptr;
            QList<QWidget*> focusable;
            for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
                if (button->text() == QStringLiteral("Import"))
                    import = button;
                if (button->isVisible() && button->isEnabled())
                    focusable << button;
            }
            QVERIFY(import);
            QVERIFY(import->isDefault());
            focusable << dialog.findChildren<QTabWidget*>().value(0);
            QWidget* focus = focusable.at(i % focusable.size());
            focus->setFocus();
            QTest::keyClick(focus, Qt::Key_Return);
            QVERIFY(waitUntilDone(dialog));
            QTRY_VERIFY(!dialog.isVisible());
            QCOMPARE(window.workspace()->repository<ImportBatch>().count(), i + 1);
        }
    }

    void largeFileShowsProgressAndTheWindowStaysResponsive()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(newWorkspace(QStringLiteral("groot.stuurboord"))));
        // As a user does: the window is there and its workspace checked before the import, so
        // what is timed below is the import alone.
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QTest::qWaitFor([&window] { return window.workspace()->writesAllowed(); }, 10000));
        auto* context = window.findChild<WorkspaceContext*>();
        const QString path = write(QStringLiteral("groot.csv"), generated(200000));

        int ticksWhileBusy = 0;
        ImportDialog* current = nullptr;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (current && current->isBusy())
                ++ticksWhileBusy;
        });
        ticker.start();

        ImportDialog dialog(*context, path, {}, &window);
        current = &dialog;
        auto* job = dialog.findChild<ImportJob*>();
        QVERIFY(job);
        QList<qint64> rows;
        connect(job, &ImportJob::progress, this, [&](qint64 read, double perSecond, double) {
            rows << read;
            QVERIFY(perSecond > 0);
            const QString shots = shotsFolder();
            if (rows.size() == 2 && dialog.preview().fileName.isEmpty() && !shots.isEmpty())
                dialog.grab().save(shots + QStringLiteral("/import-reading.png"));
        });
        dialog.show();
        QVERIFY(dialog.isBusy()); // the constructor returned before the file was read
        QVERIFY(waitUntilDone(dialog));
        QCOMPARE(dialog.preview().figureCount, 200000);
        QVERIFY2(rows.size() >= 2, qPrintable(QString::number(rows.size())));
        QVERIFY(std::is_sorted(rows.cbegin(), rows.cend()) && rows.first() < rows.last());
        QVERIFY2(ticksWhileBusy >= 3, qPrintable(QString::number(ticksWhileBusy)));

        rows.clear();
        ticksWhileBusy = 0;
        bool shot = false;
        connect(job, &ImportJob::progress, this, [&](qint64 read, double, double) {
            if (shot || read < 20000)
                return;
            shot = true;
            QVERIFY(showsProblem(dialog, QStringLiteral("rows read")));
            if (const QString shots = shotsFolder(); !shots.isEmpty())
                dialog.grab().save(shots + QStringLiteral("/import-progress.png"));
        });
        dialog.accept();
        QVERIFY(dialog.isBusy());
        QVERIFY(waitUntilDone(dialog));
        QVERIFY(!dialog.isVisible());
        QVERIFY(!rows.isEmpty());
        QVERIFY(ticksWhileBusy >= 3);
        QCOMPARE(count(*window.workspace(), QStringLiteral("observation")), 200000);
        const QStringList imported = figures(*window.workspace());

        window.undoStack()->undo();
        QCOMPARE(count(*window.workspace(), QStringLiteral("observation")), 0);
        QCOMPARE(count(*window.workspace(), QStringLiteral("import_batch")), 0);
        window.undoStack()->redo();
        QCOMPARE(figures(*window.workspace()), imported);
    }

    void stopWhileWritingLeavesTheWorkspaceAsItWas()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(newWorkspace(QStringLiteral("stop.stuurboord"))));
        auto* context = window.findChild<WorkspaceContext*>();
        importThroughDialog(*context,
            write(QStringLiteral("klein.csv"), "Maand;Paginaweergaven\r\njan-26;12.345\r\n"),
            &window);
        const QStringList before = figures(*window.workspace());
        const qint64 batches = count(*window.workspace(), QStringLiteral("import_batch"));
        const qint64 metrics = count(*window.workspace(), QStringLiteral("metric"));
        QCOMPARE(window.undoStack()->count(), 1);

        ImportDialog dialog(
            *context, write(QStringLiteral("stop.csv"), generated(200000)), {}, &window);
        dialog.show();
        QVERIFY(waitUntilDone(dialog));
        auto* job = dialog.findChild<ImportJob*>();
        connect(job, &ImportJob::progress, &dialog, &ImportDialog::stop);
        dialog.accept();
        QVERIFY(waitUntilDone(dialog));
        QVERIFY(dialog.isVisible());
        QVERIFY(showsProblem(dialog, QStringLiteral("stopped")));
        QCOMPARE(figures(*window.workspace()), before);
        QCOMPARE(count(*window.workspace(), QStringLiteral("import_batch")), batches);
        QCOMPARE(count(*window.workspace(), QStringLiteral("metric")), metrics);
        QCOMPARE(window.undoStack()->count(), 1);

        // Closing while the file is read stops first, then closes, and writes nothing.
        ImportDialog closing(*context, m_dir.filePath(QStringLiteral("stop.csv")), {}, &window);
        closing.show();
        QVERIFY(closing.isBusy());
        closing.reject();
        QTRY_VERIFY_WITH_TIMEOUT(!closing.isVisible(), jobTimeout);
        QCOMPARE(figures(*window.workspace()), before);
    }

    // Files dropped on the window as a coordinator drags them from the downloads folder: a
    // known export imports after one confirmation; an unknown one opens the wizard, and next
    // month's file of the same shape then imports after one confirmation too.
    void droppedExportsImportAfterOneConfirmation()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(newWorkspace(QStringLiteral("drop.stuurboord"))));
        const auto drop = [&](const QString& path) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            // Qt delivers a drop only to the widget that accepted the drag entering it.
            QDragEnterEvent enter(
                QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent event(
                QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &event); // returns once the dialogs are closed
        };
        // Confirms the import dialog once its preview is ready, and notes what it showed.
        QString shown;
        const auto confirmImport = [&] {
            QTimer::singleShot(0, &window, [&] {
                auto* dialog = qobject_cast<ImportDialog*>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                QVERIFY(waitUntilDone(*dialog));
                shown = dialog->findChild<QLabel*>(QStringLiteral("summary"))->text();
                dialog->accept();
            });
        };

        confirmImport();
        drop(qEnvironmentVariable("STUURBOORD_TEST_DATA")
            + QStringLiteral("/import/matomo_utf16le.tsv"));
        QVERIFY2(shown.contains(QStringLiteral("Matomo")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Page views")), qPrintable(shown));
        QCOMPARE(count(*window.workspace(), QStringLiteral("import_batch")), 1);
        QCOMPARE(count(*window.workspace(), QStringLiteral("observation")), 15);

        // Unknown: the wizard first (one column of words, a month typed), then the preview.
        const QString march = write(QStringLiteral("teams-2026-03.csv"),
            "Team;Bezoekers;Reacties\r\nZorg;412;37\r\nFacilitair;208;12\r\n");
        QTimer::singleShot(0, &window, [&] {
            auto* wizard = qobject_cast<ColumnMappingDialog*>(QApplication::activeModalWidget());
            QVERIFY(wizard);
            QCOMPARE(wizard->mapping().dimensionColumn, QStringLiteral("Team"));
            wizard->setProfileName(QStringLiteral("Teamoverzicht"));
            confirmImport();
            wizard->accept();
        });
        drop(march);
        QVERIFY2(shown.contains(QStringLiteral("Teamoverzicht")), qPrintable(shown));
        QCOMPARE(count(*window.workspace(), QStringLiteral("import_batch")), 2);
        QCOMPARE(count(*window.workspace(), QStringLiteral("import_profile")), 1);

        // April: recognised by the saved profile, straight to the preview.
        confirmImport();
        drop(write(QStringLiteral("teams-2026-04.csv"),
            "Team;Bezoekers;Reacties\r\nZorg;430;41\r\nFacilitair;199;15\r\n"));
        QVERIFY2(shown.contains(QStringLiteral("Teamoverzicht")), qPrintable(shown));
        QCOMPARE(count(*window.workspace(), QStringLiteral("import_batch")), 3);
        QCOMPARE(count(*window.workspace(), QStringLiteral("import_profile")), 1);
        const QStringList all = figures(*window.workspace());
        QVERIFY2(all.contains(QStringLiteral("bezoekers|2026-04|Zorg|430|2026-04-01|2026-04-30|3")),
            qPrintable(all.join(u'\n')));
        QVERIFY(
            all.contains(QStringLiteral("reacties|2026-03|Facilitair|12|2026-03-01|2026-03-31|2")));
    }

    void removingAnImportFromTheHistory()
    {
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        QVERIFY(window.openWorkspace(newWorkspace(QStringLiteral("historie.stuurboord"))));
        auto* context = window.findChild<WorkspaceContext*>();
        importThroughDialog(*context,
            write(QStringLiteral("januari.csv"),
                "Maand;Paginaweergaven;Actieve gebruikers\r\njan-26;12.345;610\r\n"),
            &window);
        const QStringList onlyJanuary = figures(*window.workspace());
        importThroughDialog(*context,
            write(QStringLiteral("feb-mrt.csv"),
                "Maand;Paginaweergaven\r\nfeb-26;13.001\r\nmrt-26;14.002\r\n"),
            &window);
        const QStringList all = figures(*window.workspace());
        QCOMPARE(all.size(), 4);

        WorkspaceView* view = window.workspaceView();
        for (int i = 0; i < view->pageCount(); ++i) {
            if (view->pageTitle(i) == QStringLiteral("Data"))
                view->showPage(i);
        }
        auto* page = qobject_cast<DataPage*>(view->currentPage());
        QVERIFY(page);
        RecordTableView* history = nullptr;
        for (RecordTableView* table : page->findChildren<RecordTableView*>()) {
            if (table->model()->spec().table() == QStringLiteral("import_batch"))
                history = table;
        }
        QVERIFY(history);
        auto* tabs = page->findChild<QTabWidget*>();
        tabs->setCurrentWidget(history);
        QCOMPARE(history->model()->rowCount(), 2);
        int row = -1;
        for (int r = 0; r < history->model()->rowCount(); ++r) {
            if (history->model()->recordAt(r)->values.first().toString()
                == QStringLiteral("feb-mrt.csv"))
                row = r;
        }
        QVERIFY(row >= 0);
        history->table()->selectRow(row);
        if (const QString shots = shotsFolder(); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/import-history.png"));

        // The confirmation tells how many figures go; Cancel keeps everything.
        QString asked;
        const auto answer = [&](bool remove) {
            QTimer::singleShot(100, [&asked, remove] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = box->text();
                for (QAbstractButton* button : box->buttons()) {
                    if ((box->buttonRole(button) == QMessageBox::DestructiveRole) == remove) {
                        button->click();
                        return;
                    }
                }
            });
        };
        answer(false);
        history->deleteCurrent();
        QVERIFY2(asked.contains(QStringLiteral("2 figure")), qPrintable(asked));
        QCOMPARE(figures(*window.workspace()), all);

        answer(true);
        history->deleteCurrent();
        QCOMPARE(figures(*window.workspace()), onlyJanuary);
        QCOMPARE(history->model()->rowCount(), 1);
        window.undoStack()->undo();
        QCOMPARE(figures(*window.workspace()), all);
        QCOMPARE(history->model()->rowCount(), 2);
        window.undoStack()->redo();
        QCOMPARE(figures(*window.workspace()), onlyJanuary);
        window.undoStack()->undo();
        QCOMPARE(figures(*window.workspace()), all);
    }

    // A file past the import's limits says so in the preview, before the user confirms,
    // and Import stays off.
    void tooManyDimensionsToldInThePreview()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspace(QStringLiteral("dims.stuurboord"))));
        QByteArray bytes("date,metric,dimension,value\n");
        for (int i = 0; i <= 100000; ++i)
            bytes += "2026-01-01,page_views,pagina_" + QByteArray::number(i) + ",1\n";
        ImportDialog dialog(*window.findChild<WorkspaceContext*>(),
            write(QStringLiteral("paginas.csv"), bytes), {}, &window);
        dialog.show();
        QVERIFY(waitUntilDone(dialog));
        QVERIFY(!dialog.preview().ok());
        QVERIFY(showsProblem(dialog,
            QStringLiteral("more than 100,000 different sites, departments or other dimensions")));
        for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
            if (button->text().contains(QStringLiteral("Import")))
                QVERIFY(!button->isEnabled());
        }
        dialog.accept();
        QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 0);
    }

    void unreadableFileExplainsAndCannotImport()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(newWorkspace(QStringLiteral("x.stuurboord"))));
        ImportDialog dialog(*window.findChild<WorkspaceContext*>(),
            write(QStringLiteral("leeg.csv"), QByteArray()), {}, &window);
        dialog.show();
        QVERIFY(waitUntilDone(dialog));
        QVERIFY(!dialog.preview().ok());
        QVERIFY(showsProblem(dialog, QStringLiteral("empty")));
        dialog.accept();
        QVERIFY(!dialog.isBusy());
        QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 0);
    }
};

QTEST_MAIN(ImportDialogTest)
#include "ImportDialogTest.moc"
