#include "EncodingDetector.h"

#include <algorithm>
#include <cstring>
#include <QCoreApplication>
#include <QIODevice>
#include <uchardet.h>

namespace stuurboord {

namespace {

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char b : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != b)
            return false;
    }
    return true;
}

// Files without a BOM that are UTF-16 anyway have a zero byte in every other position
// (ASCII text), which never happens in UTF-8 or Windows-1252 text.
std::optional<TextEncoding> utf16WithoutBom(QByteArrayView sample)
{
    const qsizetype pairs = sample.size() / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        evenZeros += sample[i] == 0;
        oddZeros += sample[i + 1] == 0;
    }
    if (oddZeros * 10 > pairs * 4 && evenZeros * 20 < pairs)
        return TextEncoding::Utf16LE;
    if (evenZeros * 10 > pairs * 4 && oddZeros * 20 < pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

// Text files have no NUL bytes and almost no control characters besides tab and line ends.
qsizetype binaryAt(QByteArrayView sample)
{
    qsizetype controls = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const auto b = static_cast<unsigned char>(sample[i]);
        const bool control = b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
        if (!control)
            continue;
        if (first < 0)
            first = i;
        if (b == 0)
            return i;
        ++controls;
    }
    return controls * 100 > sample.size() ? first : -1;
}

QString uchardetHint(QByteArrayView sample)
{
    uchardet_t handle = uchardet_new();
    QString charset;
    if (uchardet_handle_data(handle, sample.data(), size_t(sample.size())) == 0) {
        uchardet_data_end(handle);
        charset = QString::fromLatin1(uchardet_get_charset(handle));
    }
    uchardet_delete(handle);
    return charset;
}

int lineOf(QByteArrayView sample, qsizetype offset)
{
    return int(sample.first(std::min(offset, sample.size())).count('\n')) + 1;
}

} // namespace

EncodingDetector::Utf8Check EncodingDetector::checkUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Exports are nearly all ASCII: eight bytes at a time while no high bit is set.
        while (n - i >= 8) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = b == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return {i, 0};
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n)
                return {-1, n - i};
            const unsigned char c = p[i + k];
            if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
                return {i, 0};
        }
        i += length;
    }
    return {};
}

EncodingGuess EncodingDetector::forced(
    TextEncoding encoding, QByteArrayView sample, qint64 totalSize)
{
    EncodingGuess guess;
    guess.encoding = encoding;
    guess.hasBom = (encoding == TextEncoding::Utf8 && startsWith(sample, {0xEF, 0xBB, 0xBF}))
        || (encoding == TextEncoding::Utf16LE && startsWith(sample, {0xFF, 0xFE}))
        || (encoding == TextEncoding::Utf16BE && startsWith(sample, {0xFE, 0xFF}));
    guess.reason
        = QCoreApplication::translate("Import", "%1, as you chose").arg(encodingName(encoding));
    // An odd size of a UTF-16 file is no reason to refuse it: every complete row still
    // reads, and the reader rejects the cut one (CsvReader::recordCut).
    Q_UNUSED(totalSize)
    return guess;
}

EncodingGuess EncodingDetector::detect(QByteArrayView sample, qint64 totalSize)
{
    EncodingGuess guess;
    if (sample.isEmpty()) {
        guess.error = QCoreApplication::translate("Import", "The file is empty (0 bytes).");
        return guess;
    }
    const bool le = startsWith(sample, {0xFF, 0xFE});
    const bool be = startsWith(sample, {0xFE, 0xFF});
    if (le || be) {
        guess = forced(le ? TextEncoding::Utf16LE : TextEncoding::Utf16BE, sample, totalSize);
        guess.reason
            = QCoreApplication::translate("Import", "%1: the file starts with its byte order mark")
                  .arg(encodingName(guess.encoding));
        return guess;
    }
    if (startsWith(sample, {0xEF, 0xBB, 0xBF})) {
        guess.hasBom = true;
        guess.reason = QCoreApplication::translate(
            "Import", "UTF-8: the file starts with its byte order mark");
        return guess;
    }
    if (const auto utf16 = utf16WithoutBom(sample)) {
        guess = forced(*utf16, sample, totalSize);
        guess.reason = QCoreApplication::translate(
            "Import", "%1: every other byte is zero, as in UTF-16 text")
                           .arg(encodingName(*utf16));
        return guess;
    }
    if (const qsizetype at = binaryAt(sample); at >= 0) {
        guess.error = QCoreApplication::translate("Import",
            "This is not a text file: it contains control bytes (the "
            "first at byte %1). Choose a CSV, TSV or Excel export.")
                          .arg(at);
        return guess;
    }
    const Utf8Check check = checkUtf8(sample);
    if (check.invalidAt >= 0)
        return notUtf8After(check.invalidAt, sample);
    // A character cut off at the end of the whole file is no UTF-8: "Caf\xe9" is Windows-1252.
    if (check.incompleteTail > 0 && totalSize == sample.size())
        return notUtf8After(sample.size() - check.incompleteTail, sample);
    const bool ascii
        = std::all_of(sample.begin(), sample.end(), [](char c) { return (c & 0x80) == 0; });
    guess.reason = ascii
        ? QCoreApplication::translate("Import", "UTF-8: the text has only plain ASCII characters")
        : QCoreApplication::translate("Import", "UTF-8: the text is valid UTF-8");
    return guess;
}

EncodingGuess EncodingDetector::notUtf8After(qint64 offset, QByteArrayView sample)
{
    EncodingGuess guess;
    guess.encoding = TextEncoding::Windows1252;
    QString hint = uchardetHint(sample);
    // Only mention uchardet when it saw something else than the fallback we chose anyway.
    const bool agrees = hint.isEmpty() || hint.contains(u"1252")
        || hint.startsWith(u"ISO-8859-1", Qt::CaseInsensitive)
        || hint.startsWith(u"ISO-8859-15", Qt::CaseInsensitive)
        || hint.compare(u"ASCII", Qt::CaseInsensitive) == 0;
    if (offset < sample.size()) {
        guess.reason = QCoreApplication::translate("Import",
            "Windows-1252: byte 0x%1 on line %2 is not valid UTF-8, and "
            "Dutch Excel saves CSV files as Windows-1252")
                           .arg(static_cast<unsigned char>(sample[offset]), 2, 16, QLatin1Char('0'))
                           .arg(lineOf(sample, offset));
    } else {
        guess.reason = QCoreApplication::translate("Import",
            "Windows-1252: byte %1 of the file is not valid UTF-8, and "
            "Dutch Excel saves CSV files as Windows-1252")
                           .arg(offset);
    }
    if (!agrees) {
        guess.reason += QCoreApplication::translate("Import",
            " (the character set detector suggests %1; "
            "choose another encoding if the text looks wrong)")
                            .arg(hint);
    }
    return guess;
}

qint64 EncodingDetector::findInvalidUtf8(QIODevice& device)
{
    const qint64 start = device.pos();
    QByteArray carry;
    qint64 carryOffset = start;
    qint64 found = -1;
    for (;;) {
        const QByteArray chunk = device.read(1 << 20);
        if (chunk.isEmpty()) {
            if (!carry.isEmpty())
                found = carryOffset;
            break;
        }
        const QByteArray bytes = carry + chunk;
        const Utf8Check check = checkUtf8(bytes);
        if (check.invalidAt >= 0) {
            found = carryOffset + check.invalidAt;
            break;
        }
        carry = bytes.right(check.incompleteTail);
        carryOffset += bytes.size() - check.incompleteTail;
    }
    device.seek(start);
    return found;
}

} // namespace stuurboord
