#pragma once

#include <QString>

namespace stuurboord {

// Makes what was written durable: the bytes of a file, and a rename in its folder (a new
// name is only on disk once the folder that holds it is). And tells when a write failed
// because the disk is full, which is what the user must hear then.
class DiskSync final
{
public:
    static bool file(const QString& path);
    static void folderOf(const QString& path);
    // "The disk is full (…)" when the disk that holds `path` has next to no room left, for
    // a write that failed; empty otherwise.
    static QString fullDiskMessage(const QString& path);
};

} // namespace stuurboord
