#include "CsvReader.h"

#include "CsvSniffer.h"
#include "DecodedInput.h"

#include <algorithm>
#include <QCoreApplication>
#include <QFile>
#include <QIODevice>

namespace stuurboord {

namespace {

bool allEmpty(const QStringList& fields)
{
    return std::all_of(
        fields.cbegin(), fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
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

void CsvReader::appendRun(bool quoted)
{
    // Ordinary characters up to the next one that means something are copied at once:
    // one append per character costs a third of a million-row import.
    const QChar* data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const char16_t delimiter = quoted ? u'"' : m_delimiter.unicode();
    qsizetype end = m_pos;
    while (end < size) {
        const char16_t u = data[end].unicode();
        if (u == u'\n' || u == u'\r' || u == u'"' || u == delimiter)
            break;
        ++end;
    }
    m_field.append(data + m_pos, end - m_pos);
    m_pos = end;
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
                m_fields.append(QString());
            } else if (lineEnd) {
                m_fields.append(QString());
                if (finishRecord(record))
                    return true;
            } else {
                m_field.append(c);
                m_state = State::Unquoted;
                appendRun(false);
            }
            continue;
        case State::Unquoted:
        case State::QuoteInQuoted:
            if (c == m_delimiter) {
                m_fields.append(std::exchange(m_field, QString()));
                m_state = State::FieldStart;
            } else if (lineEnd) {
                m_fields.append(std::exchange(m_field, QString()));
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
                m_field.append(c);
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
    QStringList fields = std::exchange(m_fields, QStringList());
    if (allEmpty(fields))
        return false;
    m_fields.reserve(fields.size());
    record.line = m_recordLine;
    record.fields = std::move(fields);
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
        setError(QCoreApplication::translate("Import",
                     "a quoted field starts here but its closing quote (\") is "
                     "missing, so the rest of the file would become one value."),
            m_quoteLine);
        return false;
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted:
        m_fields.append(std::exchange(m_field, QString()));
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
