#include "WorkspaceLock.h"

#include <QCoreApplication>
#include <QLockFile>

namespace stuurboord {

namespace {
QString lockPathFor(const QString& workspacePath)
{
    return workspacePath + QStringLiteral(".lock");
}
} // namespace

WorkspaceLock::WorkspaceLock(const QString& workspacePath)
    : m_lock(std::make_unique<QLockFile>(lockPathFor(workspacePath)))
{
    // Never treat a live holder's lock as stale because of its age: only a lock whose
    // process is gone (same computer) is recovered automatically.
    m_lock->setStaleLockTime(std::chrono::milliseconds::zero());
}

WorkspaceLock::~WorkspaceLock()
{
    m_lock->unlock();
}

WorkspaceLock::Result WorkspaceLock::acquire()
{
    if (m_lock->tryLock(std::chrono::milliseconds::zero()))
        return Result::Acquired;
    return m_lock->error() == QLockFile::LockFailedError ? Result::HeldByOther : Result::Failed;
}

bool WorkspaceLock::breakStaleLock()
{
    return m_lock->removeStaleLockFile();
}

QString WorkspaceLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock->getLockInfo(&pid, &host, &application))
        return QCoreApplication::translate("Workspace", "another program");
    if (application.isEmpty())
        application = QStringLiteral("Stuurboord");
    return QCoreApplication::translate("Workspace", "%1 (process %2) on computer %3")
        .arg(application)
        .arg(pid)
        .arg(host);
}

QString WorkspaceLock::lockPath() const
{
    return m_lock->fileName();
}

} // namespace stuurboord
