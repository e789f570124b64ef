#pragma once

#include "TextEncoding.h"

#include <optional>
#include <QByteArray>
#include <QString>

namespace stuurboord {

// A whole (small) file as text, with the encoding that was used and why.
struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
    QString reason;
    QString error;
    bool cutOff = false; // UTF-16 with an odd number of bytes: the last character is lost
    bool ok() const { return error.isEmpty(); }
};

// Turns bytes into text chunk by chunk, so a file of any size can be read with bounded
// memory: a character cut off at the end of a chunk waits for the next one. A byte order
// mark at the very start is dropped.
class TextDecoder final
{
public:
    explicit TextDecoder(TextEncoding encoding);

    TextEncoding encoding() const { return m_encoding; }
    QString decode(QByteArrayView chunk);
    // Call at the end of the input: a UTF-8 character still cut off then is an error; half a
    // UTF-16 character (an odd number of bytes) is dropped and cutOff() says so.
    QString finish();
    bool cutOff() const { return m_cutOff; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Detects the encoding (unless `override` is given) and decodes all bytes.
    static DecodedText decodeAll(
        const QByteArray& bytes, std::optional<TextEncoding> override = std::nullopt);

private:
    QString decodeUtf8(QByteArrayView bytes);
    QString decodeUtf16(QByteArrayView bytes);
    static QString decodeWindows1252(QByteArrayView bytes);
    QString dropBom(QString text);

    TextEncoding m_encoding;
    QByteArray m_pending; // the start of a character cut off at the end of the last chunk
    qint64 m_offset = 0; // bytes consumed so far, for error messages
    bool m_started = false;
    bool m_cutOff = false;
    QString m_error;
};

} // namespace stuurboord
