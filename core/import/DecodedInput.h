#pragma once

#include "TextEncoding.h"

#include <memory>
#include <optional>
#include <QString>

class QIODevice;

namespace stuurboord {

class TextDecoder;

// The text of a device, one decoded chunk at a time: the encoding is chosen from the first
// chunk (or by the user), and only one chunk is in memory at any moment.
class DecodedInput final
{
public:
    DecodedInput();
    ~DecodedInput();
    Q_DISABLE_COPY_MOVE(DecodedInput)

    // Reads the first chunk and chooses the encoding. The device must stay alive.
    bool open(QIODevice* device, std::optional<TextEncoding> encoding = std::nullopt);
    // The next chunk of text (the first call returns the first chunk). An empty string
    // with atEnd() false only means a chunk ended inside a character: call again.
    QString read();
    bool atEnd() const { return m_atEnd && m_first.isEmpty(); }

    TextEncoding encoding() const { return m_encoding; }
    QString encodingReason() const { return m_reason; }
    // The input ended in the middle of a UTF-16 character (TextDecoder::cutOff).
    bool cutOff() const;
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    QIODevice* m_device = nullptr;
    std::unique_ptr<TextDecoder> m_decoder;
    QString m_first;
    bool m_atEnd = true;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QString m_reason;
    QString m_error;
};

} // namespace stuurboord
