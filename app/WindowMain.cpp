// stuurboord-gui: the window, and the commands that paint (the meeting pack as PDF). The
// command-line program `stuurboord` (main.cpp) hands these over to it; it runs every other
// command too, so it can be started on its own.
#include "AppTheme.h"
#include "HelpActions.h"
#include "MainWindow.h"
#include "cli/CommandLine.h"
#include "i18n/ApplicationInfo.h"
#include "i18n/Translations.h"
#include "pack/ReportCommand.h"

#include <QApplication>
#include <QTimer>
#include <QPalette>
#include <QStyleFactory>

namespace {
// STUURBOORD_PALETTE=dark: Fusion with a dark palette, to check (and screenshot) how every
// page reads in dark mode on a desktop that has none. Not a preference; the system decides.
void applyRequestedPalette()
{
    if (qgetenv("STUURBOORD_PALETTE") != "dark")
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::ToolTipBase, base);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3e));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
}
} // namespace

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
    stuurboord::AppTheme::apply(app);
    applyRequestedPalette();

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
