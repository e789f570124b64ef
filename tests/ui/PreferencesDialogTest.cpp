#include "BackupActions.h"
#include "MainWindow.h"
#include "dialogs/PreferencesDialog.h"
#include "domain/OrganisationProfile.h"
#include "settings/Preferences.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace stuurboord;

// Edit → Preferences as a user fills it in, and what each choice changes afterwards.
class PreferencesDialogTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template <typename T> static T* field(PreferencesDialog& dialog, const QString& accessibleName)
    {
        for (T* widget : dialog.findChildren<T*>()) {
            if (widget->accessibleName() == accessibleName)
                return widget;
        }
        return nullptr;
    }

    static QCheckBox* checkBox(PreferencesDialog& dialog, const QString& text)
    {
        for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
            if (box->text().remove(u'&').startsWith(text))
                return box;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void defaultsAreTheSystemLanguageNoBackupsAndTheSystemTheme()
    {
        QCOMPARE(Preferences::interfaceLanguage(), QStringLiteral("system"));
        QCOMPARE(Preferences::backupsToKeep(), 0);
        QVERIFY(Preferences::themeFollowsSystem());
        QVERIFY(Preferences::importFolder().isEmpty());
    }

    void savedChoicesAreUsedAfterwards()
    {
        PreferencesDialog dialog;
        auto* report = field<QComboBox>(dialog, QStringLiteral("Report language of new workspaces"));
        auto* folder = field<QLineEdit>(dialog, QStringLiteral("Import folder"));
        auto* keep = field<QSpinBox>(dialog, QStringLiteral("Number of automatic backups to keep"));
        QCheckBox* backUp = checkBox(dialog, QStringLiteral("Back up a workspace automatically"));
        QVERIFY(report && folder && keep && backUp);
        QVERIFY(!keep->isEnabled());
        report->setCurrentIndex(report->findData(QStringLiteral("en")));
        folder->setText(QDir::toNativeSeparators(m_dir.path()));
        backUp->setChecked(true);
        QVERIFY(keep->isEnabled());
        keep->setValue(3);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.restartRequested());
        QCOMPARE(Preferences::importFolder(), m_dir.path());
        QCOMPARE(Preferences::backupsToKeep(), 3);
        QCOMPARE(Preferences::defaultReportLanguage(), ReportLanguage::English);

        // A new workspace starts with the chosen report language; the demo's own stays Dutch.
        const QString path = m_dir.filePath(QStringLiteral("nieuw.stuurboord"));
        OpenResult created = Workspace::create(path, QStringLiteral("Gemeente Nieuwdorp"), false,
            &Preferences::applyToNewWorkspace);
        QVERIFY2(created.ok(), qPrintable(created.message));
        QCOMPARE(created.workspace->repository<OrganisationProfile>().all().first().reportLanguage,
            ReportLanguage::English);

        // Closing it makes the automatic backup the preference asks for.
        const QString workspacePath = created.workspace->path();
        created.workspace.reset();
        MainWindow window;
        QVERIFY(window.openWorkspace(workspacePath));
        window.closeWorkspace();
        QCOMPARE(QDir(BackupActions::automaticFolder(workspacePath)).entryList(QDir::Files).size(), 1);
        QDir(BackupActions::automaticFolder(workspacePath)).removeRecursively();
    }

    void aMissingImportFolderIsRefusedInWords()
    {
        PreferencesDialog dialog;
        auto* folder = field<QLineEdit>(dialog, QStringLiteral("Import folder"));
        folder->setText(m_dir.filePath(QStringLiteral("bestaat-niet")));
        QString said;
        QTimer::singleShot(0, this, [&said] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                said = box->text();
                box->done(QMessageBox::Ok);
            }
        });
        dialog.accept();
        QVERIFY(said.contains(QStringLiteral("does not exist")));
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(Preferences::importFolder().isEmpty());
    }

    void aNewLanguageOffersARestartAndIsUsedAtTheNextStart()
    {
        PreferencesDialog dialog;
        auto* language = field<QComboBox>(dialog, QStringLiteral("Interface language"));
        QVERIFY(language);
        language->setCurrentIndex(language->findData(QStringLiteral("nl")));
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            // "Later": the choice is saved, nothing restarts.
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::RejectRole)
                    button->click();
            }
        });
        dialog.accept();
        QVERIFY(asked.contains(QStringLiteral("Restart now?")));
        QVERIFY(!dialog.restartRequested());
        QCOMPARE(Preferences::interfaceLanguage(), QStringLiteral("nl"));
    }
};

QTEST_MAIN(PreferencesDialogTest)
#include "PreferencesDialogTest.moc"
