#include "MainWindow.h"
#include "WorkspaceContext.h"
#include "dialogs/ImportDialog.h"
#include "domain/ImportBatch.h"
#include "domain/Observation.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include "FileBytes.h"

#include <QTest>
#include <QUndoStack>

using namespace stuurboord;

// Importing a usage export from the window: preview, confirm, undo.
class ImportDialogTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes) { return writeFixture(m_dir.path(), name, bytes); }

    static bool showsProblem(QDialog& dialog, const QString& text)
    {
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().contains(text))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void previewImportUndoAndOverlap()
    {
        const QString workspacePath = m_dir.filePath(QStringLiteral("w.stuurboord"));
        QVERIFY(Workspace::create(workspacePath, QStringLiteral("Ziekenhuis Noord")).ok());
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(workspacePath));
        auto* context = window.findChild<WorkspaceContext*>();
        const QString first = write(QStringLiteral("gebruik.csv"),
                                    "Maand;Paginaweergaven;Actieve gebruikers\r\njan-26;12.345;610\r\nfeb-26;13.001;620\r\nTotaal;25.346;1.230\r\n");
        ImportDialog dialog(*context, first, {}, &window);
        dialog.show();
        QCOMPARE(dialog.preview().figureCount, 4);
        QCOMPARE(dialog.preview().rejected.size(), 1);
        if (const QString shots = qEnvironmentVariable("STUURBOORD_SHOTS"); !shots.isEmpty())
            dialog.grab().save(shots + QStringLiteral("/import.png"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(window.workspace()->repository<Observation>().count(), 4);
        window.undoStack()->undo();
        QCOMPARE(window.workspace()->repository<Observation>().count(), 0);
        QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 0);
        window.undoStack()->redo();
        QCOMPARE(window.workspace()->repository<Observation>().count(), 4);

        const QString correction = write(QStringLiteral("correctie.csv"), "Maand;Paginaweergaven\r\nfeb-26;13.100\r\n");
        ImportDialog again(*context, correction, {}, &window);
        again.show();
        again.accept();
        QVERIFY(again.isVisible()); // it asks first
        QVERIFY(showsProblem(again, QStringLiteral("already has figures")));
        QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 1);
        again.setOverlapChoice(1); // replace
        again.accept();
        QVERIFY(!again.isVisible());
        QCOMPARE(window.workspace()->repository<Observation>().count(), 4);
        QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 2);
    }

    void unreadableFileExplainsAndCannotImport()
    {
        const QString workspacePath = m_dir.filePath(QStringLiteral("x.stuurboord"));
        QVERIFY(Workspace::create(workspacePath, QStringLiteral("X")).ok());
        MainWindow window;
        QVERIFY(window.openWorkspace(workspacePath));
        ImportDialog dialog(*window.findChild<WorkspaceContext*>(), write(QStringLiteral("leeg.csv"), QByteArray()), {}, &window);
        dialog.show();
        QVERIFY(!dialog.preview().ok());
        QVERIFY(showsProblem(dialog, QStringLiteral("empty")));
        dialog.accept();
        QCOMPARE(window.workspace()->repository<ImportBatch>().count(), 0);
    }
};

QTEST_MAIN(ImportDialogTest)
#include "ImportDialogTest.moc"
