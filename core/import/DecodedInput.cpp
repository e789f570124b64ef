#include "DecodedInput.h"

#include "EncodingDetector.h"
#include "TextDecoder.h"

#include <QCoreApplication>
#include <QIODevice>

namespace stuurboord {

namespace {

// Large enough to sniff the separator from many lines, small enough that a worker thread
// reading a huge export stays within a few hundred kilobytes.
constexpr qint64 kChunkBytes = 64 * 1024;

} // namespace

DecodedInput::DecodedInput() = default;
DecodedInput::~DecodedInput() = default;

bool DecodedInput::open(QIODevice* device, std::optional<TextEncoding> encoding)
{
    m_device = nullptr;
    m_first.clear();
    m_error.clear();
    m_atEnd = true;
    if (!device || !device->isReadable()) {
        m_error
            = QCoreApplication::translate("Import", "The file could not be opened for reading.");
        return false;
    }
    const QByteArray sample = device->read(kChunkBytes);
    const bool complete = device->atEnd();
    const qint64 total = device->isSequential() ? (complete ? sample.size() : -1) : device->size();
    EncodingGuess guess = encoding ? EncodingDetector::forced(*encoding, sample, total)
                                   : EncodingDetector::detect(sample, total);
    // A sample of valid UTF-8 does not prove the rest is: Dutch Excel files can be plain
    // ASCII for thousands of rows before the first "é". Check the rest without keeping it.
    if (guess.ok() && !encoding && guess.encoding == TextEncoding::Utf8 && !guess.hasBom
        && !complete && !device->isSequential()) {
        if (const qint64 invalid = EncodingDetector::findInvalidUtf8(*device); invalid >= 0)
            guess = EncodingDetector::notUtf8After(invalid, sample);
    }
    m_encoding = guess.encoding;
    m_reason = guess.reason;
    if (!guess.ok()) {
        m_error = guess.error;
        return false;
    }
    m_device = device;
    m_decoder = std::make_unique<TextDecoder>(guess.encoding);
    m_first = m_decoder->decode(sample);
    if (complete)
        m_first += m_decoder->finish();
    m_atEnd = complete;
    m_error = m_decoder->errorString();
    return !hasError();
}

bool DecodedInput::cutOff() const
{
    return m_decoder && m_decoder->cutOff();
}

QString DecodedInput::read()
{
    if (!m_first.isEmpty())
        return std::exchange(m_first, QString());
    if (m_atEnd || hasError())
        return {};
    const QByteArray bytes = m_device->read(kChunkBytes);
    QString text;
    if (bytes.isEmpty()) {
        m_atEnd = true;
        text = m_decoder->finish();
    } else {
        text = m_decoder->decode(bytes);
    }
    m_error = m_decoder->errorString();
    return text;
}

} // namespace stuurboord
