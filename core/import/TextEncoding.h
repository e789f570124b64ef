#pragma once

#include <optional>
#include <QString>

namespace stuurboord {

// The encodings the import readers understand. Latin-1 is not offered on its own: every
// printable Latin-1 character has the same byte in Windows-1252, which Dutch Excel writes.
enum class TextEncoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252
};

// The name shown to the user and stored in import profiles ("UTF-8", "Windows-1252").
QString encodingName(TextEncoding encoding);
// Accepts the names above and common aliases (cp1252, utf16le, ...), case-insensitively.
std::optional<TextEncoding> encodingFromName(QStringView name);

} // namespace stuurboord
