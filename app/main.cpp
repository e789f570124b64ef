// stuurboord: the command line. It runs every command that needs neither a window nor a
// painter with Qt Core and the core layer only, and hands anything else (no command, a
// workspace to open, `report`) to the window program, stuurboord-gui.
//
// Why two programs: the widget, chart and print libraries with the thirty libraries they
// pull in take about 20 ms to load, every time, whether or not a window ever opens. A
// script that imports a dozen exports, or a million rows in well under a second, notices.
#include "WindowProgram.h"
#include "cli/CommandLine.h"
#include "cli/PackCommand.h"
#include "i18n/ApplicationInfo.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Listed in --help like every other command; painting it is the window program's job.
    stuurboord::CommandLine::add(stuurboord::PackCommand::reportCommand(
        [argc, argv](const QStringList&) { return stuurboord::WindowProgram::handOver(argc, argv); }));
    if (!stuurboord::CommandLine::isConsoleCommand(arguments))
        return stuurboord::WindowProgram::handOver(argc, argv);

    QCoreApplication app(argc, argv);
    stuurboord::ApplicationInfo::apply();
    stuurboord::Translations::install(app);
    return stuurboord::CommandLine::run(app.arguments());
}
