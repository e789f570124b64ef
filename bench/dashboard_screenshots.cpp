// Screenshots to look at: the dashboard and a KPI chart of the demo workspace, in the language
// of STUURBOORD_LANGUAGE (nl or en), in a light or (with --dark) a dark palette.
// Usage: dashboard_screenshots FOLDER [--dark]
#include "MainWindow.h"
#include "WorkspaceView.h"
#include "demo/DemoWorkspace.h"
#include "i18n/ApplicationInfo.h"
#include "i18n/Translations.h"
#include "pages/GoalsKpisPage.h"
#include "pages/KpiPanel.h"
#include "storage/Workspace.h"
#include "widgets/KpiChart.h"
#include "widgets/RecordTableView.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace stuurboord;

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2f));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x23));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2f));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    // setColor() without a group sets the disabled texts too: give them their own, dimmer
    // tone, or a disabled button reads as an enabled one.
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    ApplicationInfo::apply();
    Translations::install(app);
    // The translations are embedded in the application only: load them from the build.
    QTranslator own;
    if (own.load(QStringLiteral(STUURBOORD_QM_DIR "/stuurboord_%1.qm").arg(Translations::language())))
        QCoreApplication::installTranslator(&own);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        return 2;
    const QString folder = args.at(1);
    const bool dark = args.contains(QStringLiteral("--dark"));
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.stuurboord"));
    QFile::remove(path);
    if (!DemoWorkspace::write(path, QDate::currentDate().addMonths(-1)))
        return 1;
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    if (!window.openWorkspace(path))
        return 1;
    const QString suffix = Translations::language() + (dark ? QStringLiteral("-dark") : QString());
    QTest::qWait(300);
    window.grab().save(QDir(folder).filePath(QStringLiteral("dashboard-%1.png").arg(suffix)));
    window.workspaceView()->showPage(1);
    auto* page = qobject_cast<GoalsKpisPage*>(window.workspaceView()->currentPage());
    page->tabs()->setCurrentWidget(page->kpis());
    page->kpis()->list()->table()->selectRow(0);
    QTest::qWait(300);
    window.grab().save(QDir(folder).filePath(QStringLiteral("kpi-%1.png").arg(suffix)));
    page->kpis()->chart()->grab().save(QDir(folder).filePath(QStringLiteral("chart-%1.png").arg(suffix)));
    return 0;
}
