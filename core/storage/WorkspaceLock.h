#pragma once

#include <memory>
#include <QString>

class QLockFile;

namespace stuurboord {

// Keeps a second Stuurboord (on this or another computer, e.g. on a network share) from
// writing to a workspace that is already open. The lock is a small file next to the
// workspace that exists only while it is open; one left behind by a crash is recovered.
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

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace stuurboord
