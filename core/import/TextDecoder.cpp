#include "TextDecoder.h"

#include "EncodingDetector.h"

#include <QCoreApplication>

namespace stuurboord {

namespace {

// Windows-1252 equals Latin-1 except for 0x80-0x9F, where it has €, curly quotes, dashes
// and a few letters. Qt 6.4 only reaches it through ICU, which a build may lack, so the 32
// differing code points are here. The five unassigned bytes map to the C1 controls, as
// browsers do (WHATWG encoding standard).
constexpr char16_t kHighControls[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

} // namespace

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
{
}

QString TextDecoder::decode(QByteArrayView chunk)
{
    if (hasError() || chunk.isEmpty())
        return {};
    QString text;
    switch (m_encoding) {
    case TextEncoding::Utf8:
        text = decodeUtf8(chunk);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        text = decodeUtf16(chunk);
        break;
    case TextEncoding::Windows1252:
        text = decodeWindows1252(chunk);
        break;
    }
    m_offset += chunk.size();
    return dropBom(std::move(text));
}

QString TextDecoder::finish()
{
    if (hasError() || m_pending.isEmpty())
        return {};
    if (m_encoding == TextEncoding::Utf8) {
        // A cut-off character at the very end is far more often one Windows-1252 letter
        // ("Caf\xe9") than a truncated download.
        m_error = QCoreApplication::translate("Import",
            "Byte %1 of the file is not valid UTF-8. Choose the encoding "
            "Windows-1252 and read the file again.")
                      .arg(m_offset - m_pending.size());
    } else {
        // A download cut off one byte short: the rows before the cut are whole.
        m_cutOff = true;
    }
    m_pending.clear();
    return {};
}

QString TextDecoder::decodeUtf8(QByteArrayView chunk)
{
    QByteArray bytes = m_pending;
    bytes.append(chunk);
    const EncodingDetector::Utf8Check check = EncodingDetector::checkUtf8(bytes);
    if (check.invalidAt >= 0) {
        const qint64 at = m_offset - m_pending.size() + check.invalidAt;
        m_error = QCoreApplication::translate("Import",
            "Byte %1 of the file is not valid UTF-8. Choose the encoding "
            "Windows-1252 and read the file again.")
                      .arg(at);
        return {};
    }
    const qsizetype complete = bytes.size() - check.incompleteTail;
    m_pending = bytes.right(check.incompleteTail);
    return QString::fromUtf8(bytes.constData(), complete);
}

QString TextDecoder::decodeUtf16(QByteArrayView chunk)
{
    QByteArray bytes = m_pending;
    bytes.append(chunk);
    const qsizetype units = bytes.size() / 2;
    m_pending = bytes.right(bytes.size() % 2);
    const bool little = m_encoding == TextEncoding::Utf16LE;
    QString text(units, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    const auto* in = reinterpret_cast<const unsigned char*>(bytes.constData());
    for (qsizetype i = 0; i < units; ++i) {
        const unsigned lo = in[2 * i + (little ? 0 : 1)];
        const unsigned hi = in[2 * i + (little ? 1 : 0)];
        out[i] = char16_t(lo | (hi << 8));
    }
    return text;
}

QString TextDecoder::decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[i] = (b >= 0x80 && b <= 0x9F) ? kHighControls[b - 0x80] : char16_t(b);
    }
    return text;
}

QString TextDecoder::dropBom(QString text)
{
    if (m_started || text.isEmpty())
        return text;
    m_started = true;
    if (m_encoding != TextEncoding::Windows1252 && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    return text;
}

DecodedText TextDecoder::decodeAll(const QByteArray& bytes, std::optional<TextEncoding> override)
{
    const EncodingGuess guess = override ? EncodingDetector::forced(*override, bytes, bytes.size())
                                         : EncodingDetector::detect(bytes, bytes.size());
    DecodedText result;
    result.encoding = guess.encoding;
    result.reason = guess.reason;
    if (!guess.ok()) {
        result.error = guess.error;
        return result;
    }
    TextDecoder decoder(guess.encoding);
    result.text = decoder.decode(bytes);
    result.text += decoder.finish();
    result.cutOff = decoder.cutOff();
    if (decoder.hasError()) {
        result.error = decoder.errorString();
        result.text.clear();
    }
    return result;
}

} // namespace stuurboord
