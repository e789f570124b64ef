// The workspace header probe: what Stuurboord reads of a file before SQLite opens it.
#include "FuzzFile.h"
#include "storage/sqlite/SqliteHeader.h"
#include "storage/WorkspaceProbe.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace stuurboord;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    SqliteHeader::parse(bytes, bytes.size());
    const QString path = fuzzFile(data, size, QStringLiteral(".stuurboord"));
    WorkspaceProbe::inspect(path);
    return 0;
}
