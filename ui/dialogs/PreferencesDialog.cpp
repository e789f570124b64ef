#include "PreferencesDialog.h"

#include "settings/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace stuurboord {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);

    auto* appearance = new QGroupBox(tr("Appearance"), this);
    auto* appearanceForm = new QFormLayout(appearance);
    m_language = new QComboBox(appearance);
    // Each language in its own name, so a user who cannot read the current one finds theirs.
    m_language->addItem(tr("As the system (%1)")
                            .arg(QLocale::system().language() == QLocale::Dutch
                                    ? QStringLiteral("Nederlands")
                                    : QStringLiteral("English")),
        QStringLiteral("system"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(Preferences::interfaceLanguage()));
    m_language->setAccessibleName(tr("Interface language"));
    appearanceForm->addRow(tr("&Interface language:"), m_language);
    m_followTheme = new QCheckBox(tr("&Follow the system's theme (light or dark)"), appearance);
    m_followTheme->setToolTip(tr("Off: Stuurboord is always light, whatever the desktop uses."));
    m_followTheme->setChecked(Preferences::themeFollowsSystem());
    appearanceForm->addRow(m_followTheme);
    auto* restartNote = new QLabel(
        tr("The interface language and the theme change when Stuurboord starts again."), appearance);
    restartNote->setWordWrap(true);
    appearanceForm->addRow(restartNote);
    layout->addWidget(appearance);

    auto* work = new QGroupBox(tr("Workspaces"), this);
    auto* workForm = new QFormLayout(work);
    m_reportLanguage = new QComboBox(work);
    m_reportLanguage->addItem(tr("Dutch"), QStringLiteral("nl"));
    m_reportLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_reportLanguage->setCurrentIndex(
        Preferences::defaultReportLanguage() == ReportLanguage::English ? 1 : 0);
    m_reportLanguage->setAccessibleName(tr("Report language of new workspaces"));
    m_reportLanguage->setToolTip(tr("A workspace keeps its own report language in Edit › "
                                    "Organisation Profile; this is where new ones start."));
    workForm->addRow(tr("&Report language of new workspaces:"), m_reportLanguage);

    m_importFolder = new QLineEdit(Preferences::importFolder(), work);
    m_importFolder->setPlaceholderText(tr("The folder used last"));
    m_importFolder->setAccessibleName(tr("Import folder"));
    m_importFolder->setClearButtonEnabled(true);
    m_importFolder->setMinimumWidth(m_importFolder->fontMetrics().averageCharWidth() * 32);
    auto* browse = new QPushButton(tr("Choo&se…"), work);
    browse->setAccessibleDescription(tr("Choose the folder the import dialog opens in"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_importFolder, 1);
    folderRow->addWidget(browse);
    workForm->addRow(tr("Import fo&lder:"), folderRow);
    // The label of a row holding a layout has no buddy of its own; give it the line edit.
    if (auto* label = qobject_cast<QLabel*>(workForm->labelForField(folderRow)))
        label->setBuddy(m_importFolder);
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::chooseImportFolder);

    const int keep = Preferences::backupsToKeep();
    m_backUp = new QCheckBox(tr("&Back up a workspace automatically when it is closed"), work);
    m_backUp->setChecked(keep > 0);
    m_keep = new QSpinBox(work);
    m_keep->setRange(1, Preferences::maximumBackupsToKeep);
    m_keep->setValue(keep > 0 ? keep : 10);
    m_keep->setEnabled(keep > 0);
    m_keep->setAccessibleName(tr("Number of automatic backups to keep"));
    workForm->addRow(m_backUp);
    workForm->addRow(tr("&Keep the last:"), m_keep);
    m_keep->setSuffix(tr(" backups"));
    connect(m_backUp, &QCheckBox::toggled, m_keep, &QWidget::setEnabled);
    layout->addWidget(work);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void PreferencesDialog::chooseImportFolder()
{
    const QString start = m_importFolder->text().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
        : m_importFolder->text();
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Folder for usage exports"), start);
    if (!folder.isEmpty())
        m_importFolder->setText(QDir::toNativeSeparators(folder));
}

bool PreferencesDialog::needsRestart() const
{
    return m_language->currentData().toString() != Preferences::interfaceLanguage()
        || m_followTheme->isChecked() != Preferences::themeFollowsSystem();
}

void PreferencesDialog::accept()
{
    const QString folder = m_importFolder->text().trimmed();
    if (!folder.isEmpty() && !QFileInfo(QDir::fromNativeSeparators(folder)).isDir()) {
        QMessageBox::warning(this, tr("Preferences"),
            tr("The import folder %1 does not exist. Choose an existing folder, or leave the "
               "field empty to open the folder used last.")
                .arg(folder));
        m_importFolder->setFocus();
        return;
    }
    const bool restart = needsRestart();
    Preferences::setInterfaceLanguage(m_language->currentData().toString());
    Preferences::setThemeFollowsSystem(m_followTheme->isChecked());
    Preferences::setDefaultReportLanguage(m_reportLanguage->currentIndex() == 1
            ? ReportLanguage::English
            : ReportLanguage::Dutch);
    Preferences::setImportFolder(QDir::fromNativeSeparators(folder));
    Preferences::setBackupsToKeep(m_backUp->isChecked() ? m_keep->value() : 0);
    if (restart) {
        QMessageBox question(QMessageBox::Question, tr("Restart Stuurboord"),
            tr("The new language or theme is used when Stuurboord starts again. Restart now? "
               "The open workspace is closed and opened again; nothing is lost."),
            QMessageBox::NoButton, this);
        QPushButton* now = question.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
        question.addButton(tr("&Later"), QMessageBox::RejectRole);
        question.setDefaultButton(now);
        question.exec();
        m_restart = question.clickedButton() == now;
    }
    QDialog::accept();
}

} // namespace stuurboord
