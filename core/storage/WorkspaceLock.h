#pragma once

#include <memory>
#include <QString>

class QLockFile;

namespace stuurboord {

// Keeps a second Stuurboord (on this or another computer, e.g. on a network share) from
// writing to a workspace that is already open. The lock is a small file next to the
// workspace that exists only while it is open; one left behind by a crash is recovered.
// It is named after the file itself, not the name it was opened by, so a symbolic link
// cannot take a second lock, and a second lock named after its device and inode (in the
// temporary folder of this computer) catches hard links.
class WorkspaceLock final
{
public:
    explicit WorkspaceLock(const QString& workspacePath);
    ~WorkspaceLock();
    Q_DISABLE_COPY_MOVE(WorkspaceLock)

    enum class Result
    {
        Acquired,
        HeldByOther,
        Failed
    };
    Result acquire();
    // Removes a lock that its holder left behind (e.g. on another computer that crashed).
    bool breakStaleLock();
    // "Stuurboord (process 4242) on LAPTOP-07", for messages.
    QString holder() const;
    QString lockPath() const;
    // Why acquire() failed, in words, when it was not another Stuurboord holding the lock.
    const QString& failure() const { return m_failure; }

    // Who holds the lock of this workspace now, without taking it; "another program"
    // when no Stuurboord does.
    static QString holderOf(const QString& workspacePath);

private:
    Result acquireOne(QLockFile& lock);

    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QLockFile> m_inodeLock;
    QLockFile* m_refused = nullptr; // the lock another holds, for holder()
    QString m_failure;
};

} // namespace stuurboord
