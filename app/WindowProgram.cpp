#include "WindowProgram.h"

#include "cli/CommandLine.h"
#include "i18n/ApplicationInfo.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cerrno>
#include <optional>
#include <cstring>
#include <unistd.h>

namespace stuurboord {

namespace {
// Where the window program can be, from the folder this program was started from.
QStringList candidates()
{
    // /proc/self/exe, not argv[0]: a program found on PATH has no folder in its argv[0].
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QDir folder = QFileInfo(self).dir();
    return {folder.filePath(QStringLiteral("stuurboord-gui")),
        QDir::cleanPath(folder.filePath(QStringLiteral(STUURBOORD_GUI_FROM_BIN)))};
}
} // namespace

int WindowProgram::handOver(int argc, char* argv[])
{
    const QStringList paths = candidates();
    QString tried = paths.constLast(); // where an installed Stuurboord has it
    int cause = ENOENT;
    for (const QString& path : paths) {
        const QByteArray file = QFile::encodeName(path);
        if (::access(file.constData(), X_OK) != 0)
            continue;
        ::execv(file.constData(), argv); // returns only when it failed
        cause = errno;
        tried = path;
    }
    // Nothing could be started: say so in the user's language, then give up. A command
    // (`report`) comes here with its application already made.
    std::optional<QCoreApplication> app;
    if (!QCoreApplication::instance()) {
        app.emplace(argc, argv);
        ApplicationInfo::apply();
        Translations::install(*app);
    }
    QTextStream(stderr) << QCoreApplication::translate("WindowProgram",
                               "Stuurboord's window program could not be started (%1: %2). "
                               "Install Stuurboord again.")
                               .arg(QDir::toNativeSeparators(tried),
                                   QString::fromLocal8Bit(std::strerror(cause)))
                        << Qt::endl;
    return CommandLine::Problem;
}

} // namespace stuurboord
