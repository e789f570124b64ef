#include "CsvReader.h"

#include "CsvSniffer.h"
#include "DecodedInput.h"

#include <algorithm>
#include <bit>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace stuurboord {

namespace {

bool isBlank(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

bool allEmpty(const QStringList& fields, qsizetype count)
{
    return std::all_of(fields.cbegin(), fields.cbegin() + count, isBlank);
}

} // namespace

CsvReader::CsvReader() = default;
CsvReader::~CsvReader() = default;

void CsvReader::reset()
{
    m_input.reset();
    m_buffer.clear();
    m_pos = 0;
    m_inputDone = true;
    m_skipLf = false;
    m_state = State::LineStart;
    m_line = 1;
    m_recordLine = m_quoteLine = m_recordsRead = m_errorLine = 0;
    m_fields.clear();
    m_fieldCount = 0;
    m_field.clear();
    m_delimiter = u',';
    m_delimiterReason.clear();
    m_encoding = TextEncoding::Utf8;
    m_encodingReason.clear();
    m_comments.clear();
    m_error.clear();
}

void CsvReader::setError(const QString& message, int line)
{
    m_error = line > 0 ? QCoreApplication::translate("Import", "Line %1: %2").arg(line).arg(message)
                       : message;
    m_errorLine = line;
    m_inputDone = true;
    m_buffer.clear();
    m_pos = 0;
}

bool CsvReader::open(QIODevice* device, const Options& options)
{
    reset();
    m_input = std::make_unique<DecodedInput>();
    const bool opened = m_input->open(device, options.encoding);
    m_encoding = m_input->encoding();
    m_encodingReason = m_input->encodingReason();
    if (!opened) {
        setError(m_input->errorString());
        return false;
    }
    QString first = m_input->read();
    return start(std::move(first), m_input->atEnd(), options);
}

bool CsvReader::openText(const QString& text, const Options& options)
{
    reset();
    m_encodingReason = QCoreApplication::translate("Import", "text that was already decoded");
    return start(text, true, options);
}

bool CsvReader::start(QString firstText, bool complete, const Options& options)
{
    m_commentChar = options.commentChar;
    const DelimiterGuess guess = CsvSniffer::sniff(firstText, complete, m_commentChar);
    m_delimiter = options.delimiter.value_or(guess.delimiter);
    m_delimiterReason = options.delimiter
        ? QCoreApplication::translate("Import", "%1, as you chose")
              .arg(CsvSniffer::delimiterName(m_delimiter))
        : guess.reason;
    m_buffer = std::move(firstText);
    m_inputDone = complete;
    if (guess.sepLineLength > 0) {
        m_pos = guess.sepLineLength;
        m_line = 2;
    }
    return true;
}

bool CsvReader::refill()
{
    if (m_inputDone || !m_input)
        return false;
    m_buffer = m_input->read();
    m_pos = 0;
    m_inputDone = m_input->atEnd();
    if (m_input->hasError()) {
        setError(m_input->errorString(), m_line);
        return false;
    }
    return true;
}

// Where the ordinary characters from m_pos end: at a line end, a quote, the separator
// (outside quotes) or the end of the chunk.
qsizetype CsvReader::runEnd(bool quoted) const
{
    const QChar* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char16_t delimiter = quoted ? u'"' : m_delimiter.unicode();
    qsizetype end = m_pos;
#if defined(__SSE2__)
    // Eight characters at a time (SSE2 is part of every x86-64 CPU): a million-row export
    // has some forty million characters to look at.
    const __m128i lineFeed = _mm_set1_epi16(short(u'\n'));
    const __m128i carriageReturn = _mm_set1_epi16(short(u'\r'));
    const __m128i quote = _mm_set1_epi16(short(u'"'));
    const __m128i separator = _mm_set1_epi16(short(delimiter));
    for (; end + 8 <= size; end += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + end));
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi16(chunk, lineFeed), _mm_cmpeq_epi16(chunk, carriageReturn)),
            _mm_or_si128(_mm_cmpeq_epi16(chunk, quote), _mm_cmpeq_epi16(chunk, separator)));
        if (const auto mask = unsigned(_mm_movemask_epi8(hits)))
            return end + std::countr_zero(mask) / 2;
    }
#endif
    while (end < size) {
        const char16_t u = data[end].unicode();
        if (u == u'\n' || u == u'\r' || u == u'"' || u == delimiter)
            break;
        ++end;
    }
    return end;
}

void CsvReader::appendRun(bool quoted)
{
    // Ordinary characters up to the next one that means something are copied at once:
    // one append per character costs a third of a million-row import.
    const qsizetype end = runEnd(quoted);
    m_field.append(m_buffer.constData() + m_pos, end - m_pos);
    m_pos = end;
}

// A whole unquoted field in one piece, straight into its slot.
void CsvReader::setField(const QChar* text, qsizetype size)
{
    if (m_fieldCount < m_fields.size())
        m_fields[m_fieldCount].setUnicode(text, size); // a new buffer only if one is shared
    else
        m_fields.append(QString(text, size));
    ++m_fieldCount;
}

// A field is complete: it goes into the next slot of the record, and the text that slot
// held in an earlier record becomes the buffer for the next field. Records are handed over
// by swapping lists with the caller, so once the longest field has been seen a row is read
// without allocating (a million-row import used to allocate five strings per row).
void CsvReader::closeField()
{
    if (m_fieldCount < m_fields.size()) {
        QString& slot = m_fields[m_fieldCount];
        if (m_field.isEmpty())
            slot = QString(); // an empty cell reads as a null string, as it always has
        else
            slot.swap(m_field);
    } else {
        m_fields.append(m_field.isEmpty() ? QString() : std::exchange(m_field, QString()));
    }
    ++m_fieldCount;
    // A buffer another record still shares is left to that record.
    if (m_field.isDetached())
        m_field.resize(0);
    else
        m_field = QString();
}

bool CsvReader::readNext(CsvRecord& record)
{
    if (hasError())
        return false;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (refill())
                continue;
            return hasError() ? false : endOfInput(record);
        }
        const QChar c = m_buffer.at(m_pos++);
        if (m_skipLf) {
            m_skipLf = false;
            if (c == u'\n')
                continue;
        }
        const bool lineEnd = c == u'\n' || c == u'\r';
        if (c == u'\r')
            m_skipLf = true;

        switch (m_state) {
        case State::LineStart:
            if (lineEnd) {
                ++m_line;
                continue;
            }
            m_recordLine = m_line;
            if (c == m_commentChar) {
                m_state = State::Comment;
                continue;
            }
            m_state = State::FieldStart;
            [[fallthrough]];
        case State::FieldStart:
            if (c == u'"') {
                m_quoteLine = m_line;
                m_state = State::Quoted;
            } else if (c == m_delimiter) {
                closeField();
            } else if (lineEnd) {
                closeField();
                if (finishRecord(record))
                    return true;
            } else {
                --m_pos; // the run starts with this character
                const qsizetype end = runEnd(false);
                // Nearly every field ends in this chunk at a separator or a line end: it is
                // copied in one piece. Anything else is read character by character.
                if (end < m_buffer.size() && m_buffer.at(end) != u'"') {
                    setField(m_buffer.constData() + m_pos, end - m_pos);
                    if (m_buffer.at(end) == m_delimiter) {
                        m_pos = end + 1; // straight on to the next field
                    } else {
                        m_pos = end;
                        m_state = State::FieldDone; // the line end closes the record
                    }
                } else {
                    m_state = State::Unquoted;
                    appendRun(false);
                }
            }
            continue;
        case State::FieldDone:
            // The field stopped at a separator or a line end; nothing else can follow.
            if (c == m_delimiter) {
                m_state = State::FieldStart;
            } else if (finishRecord(record)) {
                return true;
            }
            continue;
        case State::Unquoted:
        case State::QuoteInQuoted:
            if (c == m_delimiter) {
                closeField();
                m_state = State::FieldStart;
            } else if (lineEnd) {
                closeField();
                if (finishRecord(record))
                    return true;
            } else if (c == u'"' && m_state == State::QuoteInQuoted) {
                m_field.append(c); // a doubled quote inside quotes
                m_state = State::Quoted;
            } else {
                // Text after a closing quote ("a"b) is kept as it is, as spreadsheets do.
                m_field.append(c);
                m_state = State::Unquoted;
                appendRun(false);
            }
            continue;
        case State::Quoted:
            if (c == u'"') {
                m_state = State::QuoteInQuoted;
            } else if (lineEnd) {
                m_field.append(u'\n');
                ++m_line;
            } else {
                --m_pos; // the run starts with this character
                appendRun(true);
            }
            continue;
        case State::Comment:
            if (lineEnd) {
                m_comments.append({m_recordLine, std::exchange(m_field, QString())});
                ++m_line;
                m_state = State::LineStart;
            } else {
                m_field.append(c);
            }
            continue;
        }
    }
}

// A line end closed a record. Rows with nothing but separators (Excel pads with them) are
// skipped like blank lines.
bool CsvReader::finishRecord(CsvRecord& record)
{
    ++m_line;
    m_state = State::LineStart;
    const qsizetype count = std::exchange(m_fieldCount, 0);
    if (allEmpty(m_fields, count))
        return false;
    m_fields.resize(count);
    record.line = m_recordLine;
    // The caller's previous fields come back as the buffers for the next record.
    record.fields.swap(m_fields);
    ++m_recordsRead;
    return true;
}

// The last line may lack a line break; an open quote at the end is the one real error.
bool CsvReader::endOfInput(CsvRecord& record)
{
    switch (m_state) {
    case State::LineStart:
        return false;
    case State::Comment:
        m_comments.append({m_recordLine, std::exchange(m_field, QString())});
        m_state = State::LineStart;
        return false;
    case State::Quoted:
        if (m_input && m_input->cutOff()) {
            // The closing quote was in the part that is missing.
            closeField();
            m_recordCut = true;
            return finishRecord(record);
        }
        setError(QCoreApplication::translate("Import",
                     "a quoted field starts here but its closing quote (\") is "
                     "missing, so the rest of the file would become one value."),
            m_quoteLine);
        return false;
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted:
        closeField();
        m_recordCut = m_input && m_input->cutOff();
        return finishRecord(record);
    case State::FieldDone:
        m_recordCut = m_input && m_input->cutOff();
        return finishRecord(record);
    }
    return false;
}

bool CsvReader::readAll(Table& table)
{
    CsvRecord record;
    while (readNext(record))
        table.records.append(std::move(record));
    table.comments = m_comments;
    return !hasError();
}

bool CsvReader::readFile(const QString& path, Table& table, const Options& options)
{
    table = {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reset();
        setError(QCoreApplication::translate("Import", "%1 could not be opened: %2")
                     .arg(path, file.errorString()));
        return false;
    }
    const bool read = open(&file, options) && readAll(table);
    m_input.reset(); // it points to the file, which is closed on return
    if (!read)
        return false;
    if (table.records.isEmpty()) {
        setError(QCoreApplication::translate(
            "Import", "The file has no rows, only blank or comment lines."));
        return false;
    }
    if (table.records.size() == 1) {
        setError(QCoreApplication::translate(
            "Import", "The file has only a header (line %1) and no data rows.")
                     .arg(table.records.first().line));
        return false;
    }
    return true;
}

} // namespace stuurboord
