#include "MainWindow.h"

#include "AfterFirstPaint.h"
#include "BackupActions.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/TeamWorkspaceDialog.h"
#include "TeamPasswords.h"
#include "storage/TeamAddress.h"
#include "demo/DemoWorkspace.h"
#include "dialogs/BusyWorkspacePrompt.h"
#include "dialogs/ColumnMappingDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/RecordEditDialog.h"
#include "widgets/LogoPicker.h"
#include "domain/OrganisationProfile.h"
#include "FirstPaintProbe.h"
#include "FollowUpSync.h"
#include "HelpActions.h"
#include "dialogs/PreferencesDialog.h"
#include "settings/Preferences.h"
#include "i18n/ApplicationInfo.h"
#include "import/ImportRunner.h"
#include "RecentFiles.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceWait.h"
#include "WelcomePage.h"
#include "WorkspaceContext.h"
#include "WorkspaceView.h"
#include "widgets/ViewCsvExport.h"
#include "charts/ChartExport.h"

#include <QChartView>

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace stuurboord {

namespace {
QString fileFilter()
{
    return QCoreApplication::translate("MainWindow", "Stuurboord workspaces (*.stuurboord)");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_central = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_central);
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);
    createMenus();
    statusBar();
    setAcceptDrops(true);

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentChosen, this, &MainWindow::openWorkspace);
    connect(m_welcome, &WelcomePage::guideRequested, m_help, &HelpActions::showGuide);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow()
{
    closeWorkspace();
}

QChartView* MainWindow::shownChart() const
{
    if (!m_view || !m_view->currentPage())
        return nullptr;
    QChartView* first = nullptr;
    for (QChartView* chart : m_view->currentPage()->findChildren<QChartView*>()) {
        if (!chart->isVisible())
            continue;
        if (chart->hasFocus())
            return chart;
        if (!first)
            first = chart;
    }
    if (!first)
        statusBar()->showMessage(tr("This page has no chart to export."), 5000);
    return first;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Workspace…"), QKeySequence::New, this, &MainWindow::newWorkspace);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    file->addAction(tr("Open Team &Workspace…"), this, &MainWindow::openTeamWorkspace);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Demo Workspace"), this, &MainWindow::openDemo);
    file->addSeparator();
    m_workspaceActions << file->addAction(tr("&Import Usage Data…"),
        QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::chooseAndImport);
    m_workspaceActions << file->addAction(tr("Import with Column &Mapping…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this, [this] {
            for (const QString& path : chooseExports())
                importFile(path, true);
        });
    m_workspaceActions << file->addAction(tr("&Export Table as CSV…"), this, &MainWindow::exportTable);
    file->addSeparator();
    // The chart on the page shown (the one with focus, else the first one visible).
    m_workspaceActions << file->addAction(tr("Export Chart as &PNG…"), this, [this] {
        if (QChartView* chart = shownChart())
            ChartExport::exportAs(chart, false);
    });
    m_workspaceActions << file->addAction(tr("Export Chart as S&VG…"), this, [this] {
        if (QChartView* chart = shownChart())
            ChartExport::exportAs(chart, true);
    });
    m_workspaceActions << file->addAction(tr("Cop&y Chart"), this, [this] {
        if (QChartView* chart = shownChart())
            ChartExport::copy(chart);
    });
    file->addSeparator();
    m_workspaceActions << file->addAction(
        tr("Save a &Copy As…"), QKeySequence::SaveAs, this, &MainWindow::saveCopy);
    m_backups = new BackupActions(*this, *file);
    m_workspaceActions << m_backups->backUpAction();
    m_workspaceActions << file->addAction(
        tr("C&lose Workspace"), QKeySequence::Close, this, &MainWindow::closeWorkspace);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_workspaceActions << edit->addAction(
        tr("&Organisation Profile…"), this, &MainWindow::editOrganisation);
    edit->addSeparator();
    // The platform's key for preferences is empty on most Linux desktops: Ctrl+, as elsewhere.
    edit->addAction(tr("&Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this, &MainWindow::showPreferences)
        ->setMenuRole(QAction::PreferencesRole);

    m_pagesMenu = menuBar()->addMenu(tr("&View"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_help = new HelpActions(*this, *help);
    help->addSeparator();
    help->addAction(tr("&About Stuurboord"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
    for (QAction* action : std::as_const(m_workspaceActions))
        action->setEnabled(false);
}

void MainWindow::exportTable()
{
    // The table the user worked in last, or else the first one the page shows.
    auto* view = qobject_cast<QAbstractItemView*>(focusWidget());
    if (!view && m_view) {
        for (auto* candidate : m_view->currentPage()->findChildren<QAbstractItemView*>()) {
            if (candidate->isVisible() && candidate->model() && candidate->model()->columnCount() > 1) {
                view = candidate;
                break;
            }
        }
    }
    if (!view) {
        QMessageBox::information(this, tr("Export Table as CSV"), tr("This page shows no table to export."));
        return;
    }
    ViewCsvExport::saveAs(*view, view->accessibleName(), this);
}

QString MainWindow::demoPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("Demo.stuurboord"));
}

bool MainWindow::openDemo()
{
    const QString path = demoPath();
    if (!QFileInfo::exists(path)) {
        const Outcome written = DemoWorkspace::write(path, QDate::currentDate().addMonths(-1));
        if (!written) {
            showProblem(tr("Demo workspace"), written.message());
            return false;
        }
    }
    return openWorkspace(path);
}

void MainWindow::openTeamWorkspace()
{
    TeamWorkspaceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !openWorkspace(dialog.connectionAddress()))
        return;
    dialog.remember();
    if (!dialog.keyringProblem().isEmpty() && dialog.rememberPassword())
        statusBar()->showMessage(tr("%1 The password was not kept; Stuurboord will ask for it again.")
                                     .arg(dialog.keyringProblem()),
            10000);
}

bool MainWindow::openWorkspace(const QString& path)
{
    if (m_workspace && QFileInfo(path).absoluteFilePath() == m_workspace->path())
        return true;
    // The window shows the workspace at once; the full check runs beside it and changes
    // wait for it (verifyWorkspace, right after the first paint).
    Workspace::OpenOptions options;
    options.checkAfterOpening = true;
    // A team workspace from the recent list or the command line: its password from the
    // keyring when one is kept there.
    const QString target = TeamAddress::looksLike(path) ? TeamPasswords::withKeptPassword(path) : path;
    OpenResult result = Workspace::open(target, options);
    if (WorkspaceWait::isBusy(result)) {
        std::optional<OpenResult> settled = BusyWorkspacePrompt::resolve(this, path, std::move(result));
        if (!settled)
            return false;
        result = std::move(*settled);
    }
    if (!result.ok()) {
        showProblem(tr("Cannot open workspace"), result.message);
        if (!TeamAddress::looksLike(path) && !QFileInfo::exists(path))
            RecentFiles::remove(path);
        updateRecentMenu();
        return false;
    }
    closeWorkspace();
    m_workspace = std::move(result.workspace);
    m_context = new WorkspaceContext(*m_workspace, *m_undoStack, this);
    connect(m_context, &WorkspaceContext::tableChanged, this, [this](const QString& table) {
        if (table == u"organisation")
            updateTitle();
    });
    connect(m_context, &WorkspaceContext::changedByOthers, this, [this] {
        statusBar()->showMessage(tr("Shown with the changes another editor just saved."), 8000);
    });
    connect(m_context, &WorkspaceContext::problem, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Not changed"), message);
    });
    m_view = new WorkspaceView(*m_context, m_central);
    connect(m_view, &WorkspaceView::importRequested, this, &MainWindow::chooseAndImport);
    FirstPaintProbe::attachIfAsked(m_view);
    // Follow-up actions are brought up to date once the window shows: on a large workspace
    // that is a second pass over every KPI, and a new action reloads the dashboard anyway.
    auto* followUps = new FollowUpSync(*m_context);
    // The check's verdict is taken once it is in, without holding up the window meanwhile.
    AfterFirstPaint::run(m_view, [this, followUps] {
        auto* poll = new QTimer(m_view);
        connect(poll, &QTimer::timeout, this, [this, poll, followUps] {
            if (!m_workspace->checkFinished())
                return;
            poll->stop();
            poll->deleteLater();
            if (verifyWorkspace())
                followUps->run();
        });
        poll->start(25);
    });
    m_central->addWidget(m_view);
    m_central->setCurrentWidget(m_view);
    for (int i = 0; i < m_view->pageCount(); ++i) {
        // A single & in a menu text marks the shortcut letter; "Goals & KPIs" needs it doubled.
        QAction* page = m_pagesMenu->addAction(
            QString(m_view->pageTitle(i)).replace(u'&', QStringLiteral("&&")), this,
            [this, i] { m_view->showPage(i); });
        if (i < 9)
            page->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    for (QAction* action : std::as_const(m_workspaceActions))
        action->setEnabled(true);
    RecentFiles::add(m_workspace->path());
    updateRecentMenu();
    updateTitle();
    if (!m_workspace->migrationBackupPath().isEmpty()) {
        statusBar()->showMessage(
            tr("The workspace was updated to the new version; a copy of the old one is at %1.")
                .arg(QDir::toNativeSeparators(m_workspace->migrationBackupPath())));
    }
    return true;
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    m_undoStack->clear();
    m_pagesMenu->clear();
    m_central->setCurrentWidget(m_welcome);
    delete m_view;
    m_view = nullptr;
    delete m_context;
    m_context = nullptr;
    if (m_backups)
        m_backups->workspaceClosing(*m_workspace);
    m_workspace.reset();
    for (QAction* action : std::as_const(m_workspaceActions))
        action->setEnabled(false);
    updateRecentMenu();
    updateTitle();
}

void MainWindow::newWorkspace()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New workspace"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), fileFilter());
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New workspace"),
        tr("Name of the organisation:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const QString target
        = path.endsWith(u".stuurboord") ? path : path + QStringLiteral(".stuurboord");
    if (m_workspace && QFileInfo(target).absoluteFilePath() == m_workspace->path()) {
        showProblem(tr("New workspace"), tr("This workspace is open; choose another file name."));
        return;
    }
    // The save dialog already asked whether to replace an existing file.
    OpenResult created = Workspace::create(target, name, true, &Preferences::applyToNewWorkspace);
    if (!created.ok()) {
        showProblem(tr("New workspace"), created.message);
        return;
    }
    const QString createdPath = created.workspace->path();
    created.workspace.reset();
    openWorkspace(createdPath);
}

void MainWindow::editOrganisation()
{
    if (!m_context)
        return;
    const TableSpec& spec = OrganisationProfile::entity().spec();
    const QList<Record> rows = m_workspace->records().list(spec);
    if (rows.isEmpty())
        return;
    RecordEditDialog dialog(spec, m_workspace->records(), rows.first(), this);
    dialog.setWindowTitle(tr("Organisation profile"));
    // The logo is a picture, not a text field: it has its own picker in the same form.
    const int logoColumn = spec.indexOf(QStringLiteral("logo"));
    auto* logo = new LogoPicker(rows.first().values.value(logoColumn).toByteArray());
    logo->setObjectName(QStringLiteral("logo"));
    dialog.addExtraRow(tr("Logo"), logo);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Record edited = dialog.record();
    while (edited.values.size() <= logoColumn)
        edited.values << QVariant();
    if (logo->logo() != rows.first().values.value(logoColumn).toByteArray())
        edited.values[logoColumn] = logo->logo().isEmpty() ? QVariant() : QVariant(logo->logo());
    if (edited.values != rows.first().values)
        ConflictDialog::saveEdit(*m_context, spec, rows.first(), edited, this);
}

QStringList MainWindow::chooseExports()
{
    return QFileDialog::getOpenFileNames(this, tr("Import usage data"), Preferences::importFolder(),
        tr("Usage exports (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
}

void MainWindow::chooseAndImport()
{
    for (const QString& path : chooseExports())
        importFile(path);
}

bool MainWindow::importFile(const QString& path, bool mapColumns)
{
    if (!m_context)
        return false;
    QHash<QString, QString> options;
    // A readable file that no profile knows goes through the wizard first; the mapping is
    // saved, so next month's file of the same shape skips this step.
    const bool unknown = ImportRunner::recognise(m_context->workspace(), path).isEmpty()
        && ImportRunner::glimpse(path, {}, 1).error.isEmpty();
    if (mapColumns || unknown) {
        ColumnMappingDialog wizard(*m_context, path, this);
        if (wizard.exec() != QDialog::Accepted)
            return false;
        options = wizard.importOptions();
    }
    ImportDialog dialog(*m_context, path, options, this);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        // A workspace dropped on the window opens; anything else is a usage export to import.
        if (path.endsWith(u".stuurboord", Qt::CaseInsensitive))
            openWorkspace(path);
        else if (m_context)
            importFile(path);
        else
            showProblem(tr("Import usage data"),
                tr("Open or create a workspace first, then drop the export on the window."));
    }
    event->acceptProposedAction();
}

void MainWindow::chooseAndOpen()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(), fileFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::saveCopy()
{
    if (!m_workspace)
        return;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save a copy as"), QString(), fileFilter());
    if (path.isEmpty())
        return;
    const QString target
        = path.endsWith(u".stuurboord") ? path : path + QStringLiteral(".stuurboord");
    const Outcome saved = m_workspace->saveCopyAs(target);
    if (!saved)
        showProblem(tr("Save a copy"), saved.message());
    else
        statusBar()->showMessage(
            tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Stuurboord"),
        tr("<h3>Stuurboord %1</h3>"
           "<p>Steer your social intranet after go-live.</p>"
           "<p>Qt %2<br>SQLite %3</p>")
            .arg(ApplicationInfo::version(), ApplicationInfo::qtVersion(),
                ApplicationInfo::sqliteVersion()));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.restartRequested())
        return;
    const QString reopen = m_workspace ? m_workspace->path() : QString();
    // Closing first releases the workspace's lock (and makes the automatic backup).
    close();
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
        reopen.isEmpty() ? QStringList() : QStringList{reopen});
}

void MainWindow::updateRecentMenu()
{
    const QStringList paths = RecentFiles::list();
    m_recentMenu->clear();
    for (const QString& path : paths)
        m_recentMenu->addAction(
            QDir::toNativeSeparators(path), this, [this, path] { openWorkspace(path); });
    m_recentMenu->setEnabled(!paths.isEmpty());
    m_welcome->setRecentFiles(paths);
}

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(QString());
        setWindowFilePath(QString());
        return;
    }
    // Qt adds the application name; the organisation tells which intranet this is.
    QString title = QStringLiteral("%1 — %2").arg(
        m_workspace->organisationName(), QFileInfo(m_workspace->path()).fileName());
    if (!m_workspace->writeRefusal().isEmpty())
        title += u' ' + tr("(read-only)");
    setWindowTitle(title);
}

bool MainWindow::verifyWorkspace()
{
    const Outcome checked = m_workspace->finishCheck();
    if (checked)
        return true;
    updateTitle();
    statusBar()->showMessage(tr("Read-only: changes are switched off for this workspace."));
    showProblem(tr("Workspace opened read-only"), checked.message());
    return false;
}

void MainWindow::showProblem(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    closeWorkspace();
    event->accept();
}

} // namespace stuurboord
