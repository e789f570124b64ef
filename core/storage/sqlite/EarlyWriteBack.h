#pragma once

#include <QSqlDatabase>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace stuurboord {

// Gets the pages SQLite has already handed to the system onto the disk while a long
// transaction is still adding more. A bulk import writes tens of megabytes, which SQLite
// passes to the system page by page while it works (its cache holds only 2 MB) but which
// otherwise reach the disk only at the commit's fsync, all at once; written early, on a
// thread of its own that waits for the disk (fdatasync), that write runs beside the import
// and the commit finds little left to do. Nothing about durability changes: SQLite only
// hands over a page once its journal is synced and protects it, the system may write such
// a page at any time anyway, and the commit still syncs as before.
// Linux only (sync_file_range, fdatasync); elsewhere, and when the file cannot be found,
// it does nothing.
class EarlyWriteBack final
{
public:
    explicit EarlyWriteBack(const QSqlDatabase& db);
    // On a descriptor the caller keeps open (for the tests).
    explicit EarlyWriteBack(int fd);
    ~EarlyWriteBack();
    Q_DISABLE_COPY_MOVE(EarlyWriteBack)
    // Asks the system to start writing what it holds of the file, and the syncing thread to
    // wait until it is on the disk; returns at once.
    void start();
    // The file was found among the process's open files (on Linux, always for an open
    // workspace file).
    bool found() const { return m_fd >= 0; }
    // Stops the syncing thread, after the sync under way, and says whether every sync it
    // made succeeded. Call it before the commit, and do not commit when it fails: Linux tells
    // a failed write-back once to each open file, and the syncing thread uses SQLite's own
    // descriptor, so SQLite's sync at the commit would not hear of a failure it saw.
    bool finish(QString* error);
    // How many times the syncing thread has waited for the disk so far (for the tests).
    int synced() const { return m_synced.load(); }

private:
    int m_fd = -1; // SQLite's own descriptor for the file: never closed here
    std::thread m_syncer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_pending = false;
    bool m_stopping = false;
    int m_failure = 0; // errno of the first sync that failed
    std::atomic<int> m_synced = 0;
};

} // namespace stuurboord
