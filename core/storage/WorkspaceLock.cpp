#include "WorkspaceLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>
#include <sys/stat.h>

namespace stuurboord {

namespace {
// The file itself: a symbolic link resolves to its target.
QString canonicalPath(const QString& workspacePath)
{
    const QString canonical = QFileInfo(workspacePath).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(workspacePath).absoluteFilePath() : canonical;
}

QString lockPathFor(const QString& workspacePath)
{
    return canonicalPath(workspacePath) + QStringLiteral(".lock");
}

// Hard links are other names of the same file: only device and inode tell them apart. A
// link made after the workspace was opened counts too, so every open takes this lock.
QString inodeLockPathFor(const QString& workspacePath)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(workspacePath).constData(), &status) != 0)
        return {};
    return QDir::temp().filePath(QStringLiteral("stuurboord-%1-%2.lock")
                                     .arg(quint64(status.st_dev))
                                     .arg(quint64(status.st_ino)));
}

std::unique_ptr<QLockFile> makeLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(path);
    // Never treat a live holder's lock as stale because of its age: only a lock whose
    // process is gone (same computer) is recovered automatically.
    lock->setStaleLockTime(std::chrono::milliseconds::zero());
    return lock;
}

QString describe(QLockFile& lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return QCoreApplication::translate("Workspace", "another program");
    // The lock names the holder's program file: both of Stuurboord's (stuurboord, and the
    // window program stuurboord-gui) read as Stuurboord.
    if (application.isEmpty() || application == u"stuurboord" || application == u"stuurboord-gui")
        application = QStringLiteral("Stuurboord");
    return QCoreApplication::translate("Workspace", "%1 (process %2) on computer %3")
        .arg(application)
        .arg(pid)
        .arg(host);
}
} // namespace

WorkspaceLock::WorkspaceLock(const QString& workspacePath)
    : m_lock(makeLock(lockPathFor(workspacePath)))
{
    if (const QString inodePath = inodeLockPathFor(workspacePath); !inodePath.isEmpty())
        m_inodeLock = makeLock(inodePath);
}

WorkspaceLock::~WorkspaceLock()
{
    if (m_inodeLock)
        m_inodeLock->unlock();
    m_lock->unlock();
}

WorkspaceLock::Result WorkspaceLock::acquireOne(QLockFile& lock)
{
    if (lock.tryLock(std::chrono::milliseconds::zero()))
        return Result::Acquired;
    const QString path = QDir::toNativeSeparators(lock.fileName());
    const QFileInfo info(lock.fileName());
    if (info.isDir()) {
        m_failure = QCoreApplication::translate("Workspace",
            "There is a folder %1 where Stuurboord keeps the workspace's lock file. Move or "
            "remove that folder, then open the workspace again.")
                        .arg(path);
        return Result::Failed;
    }
    if (lock.error() != QLockFile::LockFailedError) {
        m_failure = QCoreApplication::translate(
            "Workspace", "Stuurboord could not create its lock file %1.")
                        .arg(path);
        return Result::Failed;
    }
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.getLockInfo(&pid, &host, &application)) {
        m_refused = &lock;
        return Result::HeldByOther;
    }
    // A lock file Stuurboord cannot make sense of. Another Stuurboord may be writing it at
    // this moment: look once more, then remove it unless a live process on this computer
    // keeps it locked.
    QThread::msleep(200);
    if (lock.getLockInfo(&pid, &host, &application)) {
        m_refused = &lock;
        return Result::HeldByOther;
    }
    if (info.exists() && !info.isReadable()) {
        m_failure = QCoreApplication::translate("Workspace",
            "Stuurboord is not allowed to read the workspace's lock file %1. If the workspace "
            "is not open anywhere, remove that file, then open the workspace again.")
                        .arg(path);
        return Result::Failed;
    }
    if (lock.removeStaleLockFile() && lock.tryLock(std::chrono::milliseconds::zero()))
        return Result::Acquired;
    m_failure = QCoreApplication::translate("Workspace",
        "The workspace's lock file %1 is damaged and could not be removed. If the workspace "
        "is not open anywhere, remove that file, then open the workspace again.")
                    .arg(path);
    return Result::Failed;
}

WorkspaceLock::Result WorkspaceLock::acquire()
{
    m_refused = nullptr;
    m_failure.clear();
    const Result result = acquireOne(*m_lock);
    if (result != Result::Acquired || !m_inodeLock)
        return result;
    const Result inode = acquireOne(*m_inodeLock);
    if (inode == Result::Failed) {
        // The extra lock only guards against hard links; a temporary folder that cannot be
        // written must not keep the workspace from opening.
        m_failure.clear();
        m_inodeLock.reset();
        return Result::Acquired;
    }
    if (inode != Result::Acquired)
        m_lock->unlock();
    return inode;
}

bool WorkspaceLock::breakStaleLock()
{
    QLockFile& refused = m_refused ? *m_refused : *m_lock;
    return refused.removeStaleLockFile();
}

QString WorkspaceLock::holder() const
{
    return describe(m_refused ? *m_refused : *m_lock);
}

QString WorkspaceLock::lockPath() const
{
    return m_lock->fileName();
}

QString WorkspaceLock::holderOf(const QString& workspacePath)
{
    QLockFile lock(lockPathFor(workspacePath));
    return describe(lock);
}

} // namespace stuurboord
