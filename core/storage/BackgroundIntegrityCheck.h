#pragma once

#include "sqlite/SqliteSpecifics.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <thread>

namespace stuurboord {

// The full integrity check of a workspace that the application shows at once: it reads
// every page on its own read-only connection on a worker thread while the window paints
// (0.3–0.4 s on a workspace of a million figures). The workspace refuses writes until
// Workspace::finishCheck() has seen it pass.
class BackgroundIntegrityCheck final
{
public:
    explicit BackgroundIntegrityCheck(const QString& path);
    // Waits for the check: a connection must not outlive the thread that made it.
    ~BackgroundIntegrityCheck();
    Q_DISABLE_COPY_MOVE(BackgroundIntegrityCheck)

    struct Result
    {
        SqliteSpecifics::Failure failure = SqliteSpecifics::Failure::None;
        // SQLite's findings, or its message when the check could not run.
        QStringList findings;
    };
    // Blocks until the check is done.
    const Result& wait();
    bool isDone() const { return m_done.load(); }

private:
    void run(const QString& path);

    std::atomic<bool> m_done{false};
    Result m_result;
    // Last: the thread starts once everything it writes to exists.
    std::thread m_thread;
};

} // namespace stuurboord
