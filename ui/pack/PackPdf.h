#pragma once

#include "model/Outcome.h"

#include <QString>

namespace stuurboord {

struct MeetingPack;

// Writes a meeting pack as a PDF file: A4, fonts embedded, title, author and subject set,
// PDF/A-1b mode (see the README for what that does and does not guarantee). The file is
// replaced only once the whole PDF is written.
class PackPdf final
{
public:
    static Outcome write(const MeetingPack& pack, const QString& path, int* pages = nullptr);
    static QByteArray bytes(const MeetingPack& pack, int* pages = nullptr);
};

} // namespace stuurboord
