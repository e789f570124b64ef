#pragma once

#include "TextEncoding.h"

#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace stuurboord {

// Which encoding a file's bytes are in, and why, in words the user can check.
struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
    QString reason; // "UTF-8 with a byte order mark"
    QString error; // set when the bytes cannot be read as text at all
    bool ok() const { return error.isEmpty(); }
};

// Looks at the first bytes of a file (a sample is enough: a BOM, zero bytes of UTF-16,
// invalid UTF-8) and picks an encoding. uchardet is only asked for a hint when the bytes
// are not UTF-8, because for our files the real choice is UTF-8 or Windows-1252.
class EncodingDetector final
{
public:
    struct Utf8Check
    {
        qsizetype invalidAt = -1; // offset of the first byte that cannot be UTF-8
        qsizetype incompleteTail = 0; // bytes at the end that start a character cut off
    };

    // `totalSize` is the file size when known (-1 otherwise), to tell a cut-off UTF-8 tail.
    static EncodingGuess detect(QByteArrayView sample, qint64 totalSize = -1);
    // The user's choice; still refuses UTF-16 with an odd number of bytes.
    static EncodingGuess forced(
        TextEncoding encoding, QByteArrayView sample, qint64 totalSize = -1);
    static Utf8Check checkUtf8(QByteArrayView bytes);
    // Reads the rest of a seekable device in chunks (never all at once) and returns the
    // offset of the first invalid UTF-8 byte, or -1. The device position is restored.
    static qint64 findInvalidUtf8(QIODevice& device);
    // A UTF-8 verdict made on a sample, corrected after a later byte proved it wrong.
    static EncodingGuess notUtf8After(qint64 offset, QByteArrayView sample);
};

} // namespace stuurboord
