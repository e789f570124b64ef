// Starts Stuurboord: a subcommand (new, demo, check, --help) runs headless on the core;
// anything else opens the main window, on the workspace named on the command line if any.
#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "i18n/ApplicationInfo.h"
#include "i18n/Translations.h"
#include "pack/ReportCommand.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    stuurboord::ReportCommand::registerCommand();
    // A command that paints (the meeting pack) needs a QApplication, but never a display.
    if (stuurboord::CommandLine::paints(arguments)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        stuurboord::ApplicationInfo::apply();
        stuurboord::Translations::install(app);
        return stuurboord::CommandLine::run(app.arguments());
    }
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

    stuurboord::MainWindow window;
    window.show();
    const QString workspace = stuurboord::CommandLine::workspaceArgument(app.arguments());
    if (!workspace.isEmpty())
        window.openWorkspace(workspace);
    else if (app.arguments().contains(QStringLiteral("--demo")))
        window.openDemo();
    return QApplication::exec();
}
