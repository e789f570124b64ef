#include "dialogs/ColumnMappingDialog.h"

#include "domain/ImportProfile.h"
#include "FileBytes.h"
#include "import/ImportRunner.h"
#include "import/SavedProfiles.h"
#include "storage/Workspace.h"
#include "WorkspaceContext.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace stuurboord;

// The import wizard: a file no profile knows is mapped once and saved as a profile.
class ColumnMappingDialogTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static bool showsProblem(QDialog& dialog, const QString& text)
    {
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().contains(text))
                return true;
        }
        return false;
    }

private slots:
    void mapsSavesAndUndoes()
    {
        auto created = Workspace::create(
            m_dir.filePath(QStringLiteral("a.stuurboord")), QStringLiteral("Gemeente Noord"));
        QVERIFY(created.ok());
        QUndoStack undo;
        WorkspaceContext context(*created.workspace, undo);
        const QString path
            = writeFixture(m_dir.path(), QStringLiteral("dienstverlening-2026-03.csv"),
                "Rapportage dienstverlening\n\nWeek;Team;Bezoeken;Toelichting;Meldingen\n"
                "2026-W10;Zorg;1.200;rustige week;14\n2026-W11;Zorg;1.350;;9\n");
        ColumnMappingDialog dialog(context, path);
        dialog.show();
        // The header is the widest row, the period the column whose cells are dates, and
        // only columns whose cells are numbers are offered for import.
        const ColumnMapping guessed = dialog.mapping();
        QCOMPARE(guessed.periodColumn, QStringLiteral("Week"));
        // Of the two columns of words, Toelichting holds notes (events on their month) and
        // Team is what the figures are split by.
        QCOMPARE(guessed.dimensionColumn, QStringLiteral("Team"));
        QCOMPARE(guessed.notesColumn, QStringLiteral("Toelichting"));
        QCOMPARE(guessed.name, QStringLiteral("dienstverlening"));
        QStringList columns;
        for (const auto& metric : guessed.metrics)
            columns << metric.column;
        QCOMPARE(columns, (QStringList{QStringLiteral("Bezoeken"), QStringLiteral("Meldingen")}));

        QVERIFY(!guessed.dateOrder); // decided from the column unless the user says otherwise
        auto* dates = dialog.findChild<QComboBox*>(QStringLiteral("dates"));
        dates->setCurrentIndex(dates->findData(int(DateOrder::DayFirst)));
        QCOMPARE(dialog.mapping().dateOrder, DateOrder::DayFirst);
        dialog.setDimensionColumn(QStringLiteral("Team"));
        dialog.setImported(QStringLiteral("Meldingen"), true, QStringLiteral("Servicemeldingen"));
        if (const QString shots = qEnvironmentVariable("STUURBOORD_SHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/column-mapping.png"));
        dialog.setProfileName(QString());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(showsProblem(dialog, QStringLiteral("name")));
        dialog.setProfileName(QStringLiteral("Dienstverlening per team"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const QList<ColumnMapping> saved = SavedProfiles::load(*created.workspace);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().dimensionColumn, QStringLiteral("Team"));
        QCOMPARE(saved.first().metrics.last().metricKey, QStringLiteral("servicemeldingen"));
        const ImportPreview preview
            = ImportRunner::prepare(*created.workspace, path, dialog.importOptions());
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.profileName, QStringLiteral("Dienstverlening per team"));
        QCOMPARE(preview.figureCount, 4);
        QCOMPARE(preview.noteCount, 1);
        QCOMPARE(preview.notes.first().text, QStringLiteral("rustige week"));
        QCOMPARE(preview.months(), QStringList{QStringLiteral("2026-03")});

        undo.undo();
        QCOMPARE(created.workspace->repository<ImportProfile>().count(), 0);
        undo.redo();
        QCOMPARE(created.workspace->repository<ImportProfile>().count(), 1);
    }

    void aFileWithoutPeriodAsksForTheMonth()
    {
        auto created = Workspace::create(
            m_dir.filePath(QStringLiteral("b.stuurboord")), QStringLiteral("Ziekenhuis Zuid"));
        QVERIFY(created.ok());
        QUndoStack undo;
        WorkspaceContext context(*created.workspace, undo);
        const QString path = writeFixture(
            m_dir.path(), QStringLiteral("teamsites.csv"), "Site;Weergaven\nHR;120\nICT;80\n");
        ColumnMappingDialog dialog(context, path);
        dialog.show();
        QCOMPARE(dialog.mapping().periodColumn, QString());
        // The one column of words is taken for what the figures are split by.
        QCOMPARE(dialog.mapping().dimensionColumn, QStringLiteral("Site"));
        dialog.accept();
        QVERIFY(showsProblem(dialog, QStringLiteral("2026-03")));
        dialog.setFixedPeriod(QStringLiteral("2026-04"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.importOptions().value(QStringLiteral("period")), QStringLiteral("2026-04"));
        // The month belongs to this file; the saved profile asks again next month.
        QCOMPARE(SavedProfiles::load(*created.workspace).first().fixedPeriod, QString());
        const ImportPreview preview
            = ImportRunner::prepare(*created.workspace, path, dialog.importOptions());
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QCOMPARE(preview.months(), QStringList{QStringLiteral("2026-04")});
    }
};

QTEST_MAIN(ColumnMappingDialogTest)
#include "ColumnMappingDialogTest.moc"
