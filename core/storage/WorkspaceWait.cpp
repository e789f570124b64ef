#include "WorkspaceWait.h"

#include "sqlite/SqliteSpecifics.h"
#include "WorkspaceLock.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace stuurboord {

bool WorkspaceWait::isBusy(const OpenResult& result)
{
    return result.problem == WorkspaceProblem::Busy || result.problem == WorkspaceProblem::Locked;
}

bool WorkspaceWait::stillBusy(const QString& path, Workspace::OpenOptions options)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    if (!options.readOnly) {
        // Taken and given back at once: only whether another holds it counts here. A lock
        // file that is damaged is not "busy"; opening says what is wrong with it.
        WorkspaceLock lock(absolutePath);
        if (lock.acquire() == WorkspaceLock::Result::HeldByOther)
            return true;
    }
    return SqliteSpecifics::heldByOther(absolutePath);
}

OpenResult WorkspaceWait::open(const QString& path, Workspace::OpenOptions options,
    double seconds, const std::function<bool(double)>& waiting)
{
    QElapsedTimer clock;
    clock.start();
    const auto waited = [&clock] { return double(clock.elapsed()) / 1000.0; };
    const auto goOn = [&] {
        return (seconds < 0 || waited() < seconds) && (!waiting || waiting(waited()));
    };
    OpenResult result = Workspace::open(path, options);
    while (isBusy(result)) {
        // Opening a busy workspace can itself wait several seconds for SQLite's lock, so
        // it is tried again only once the cheap check sees the workspace free.
        bool free = false;
        while (!free && goOn()) {
            free = !stillBusy(path, options);
            if (!free)
                QThread::msleep(100);
        }
        if (!free)
            break;
        result = Workspace::open(path, options);
    }
    return result;
}

} // namespace stuurboord
