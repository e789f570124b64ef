#pragma once

#include <QSqlDatabase>

namespace stuurboord {

// Starts the disk writing the pages SQLite has already handed to the system, while a long
// transaction is still adding more. A bulk import writes tens of megabytes, which SQLite
// passes to the system page by page while it works (its cache holds only 2 MB) but which
// otherwise reach the disk only at the commit's fsync, all at once; started early, that
// write runs beside the import and the commit finds little left to do. Nothing about
// durability changes: SQLite only hands over a page once its journal protects it, and the
// system may write such a page at any time anyway; the commit still syncs as before.
// Linux only (sync_file_range); elsewhere, and when the file cannot be found, it does
// nothing.
class EarlyWriteBack final
{
public:
    explicit EarlyWriteBack(const QSqlDatabase& db);
    // Asks the system to start writing what it holds of the file; returns at once.
    void start();
    // The file was found among the process's open files (on Linux, always for an open
    // workspace file).
    bool found() const { return m_fd >= 0; }

private:
    int m_fd = -1; // SQLite's own descriptor for the file: never closed here
};

} // namespace stuurboord
