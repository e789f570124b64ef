// Starts Stuurboord: a subcommand (new, demo, check, --help) runs headless on the core;
// anything else opens the main window, on the workspace named on the command line if any.
#include "AppTheme.h"
#include "HelpActions.h"
#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "i18n/ApplicationInfo.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (stuurboord::CommandLine::isConsoleCommand(arguments)) {
        QCoreApplication app(argc, argv);
        stuurboord::ApplicationInfo::apply();
        stuurboord::Translations::install(app);
        return stuurboord::CommandLine::run(app.arguments());
    }

    QApplication app(argc, argv);
    stuurboord::ApplicationInfo::apply();
    QApplication::setApplicationDisplayName(QStringLiteral("Stuurboord"));
    QApplication::setDesktopFileName(QStringLiteral("org.stuurboord.Stuurboord"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/stuurboord.svg")));
    stuurboord::Translations::install(app);
    stuurboord::AppTheme::apply(app);

    stuurboord::MainWindow window;
    window.show();
    const QString workspace = stuurboord::CommandLine::workspaceArgument(app.arguments());
    if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    else if (app.arguments().contains(QStringLiteral("--demo")))
        window.openDemo();
    // After an update, once, over the window the user starts from.
    QTimer::singleShot(0, window.help(), &stuurboord::HelpActions::showWhatsNewIfUpdated);
    return QApplication::exec();
}
