#pragma once

#include "CsvRecord.h"
#include "TextEncoding.h"

#include <memory>
#include <optional>
#include <QList>
#include <QString>

class QIODevice;

namespace stuurboord {

class DecodedInput;

// Outside CsvReader so it can be a default argument of its members.
struct CsvReadOptions
{
    std::optional<TextEncoding> encoding; // the user's choice; detected otherwise
    std::optional<QChar> delimiter; // the user's choice; sniffed otherwise
    QChar commentChar = u'#';
};

// Reads CSV and TSV exports record by record (RFC 4180 quoting, quoted line breaks,
// CRLF/LF/CR, blank lines skipped, `#` lines collected as comments). It holds one chunk of
// the file and the current record, never the whole file, so a million-row export reads in
// constant memory. The face follows KeePassXC's readers: a call that says whether it
// worked, and errorString() that says why not.
class CsvReader final
{
public:
    using Options = CsvReadOptions;

    struct Table
    {
        QList<CsvRecord> records;
        QList<CsvComment> comments;
    };

    CsvReader();
    ~CsvReader();
    Q_DISABLE_COPY_MOVE(CsvReader)

    // Starts reading an open device: detects the encoding and the separator from the
    // first chunk. The device must stay alive while records are read.
    bool open(QIODevice* device, const Options& options = {});
    // Starts reading text that is already decoded (a paste, a test).
    bool openText(const QString& text, const Options& options = {});
    // The next non-blank record; false at the end or on an error (see hasError()).
    bool readNext(CsvRecord& record);
    // Reads every remaining record. Only for small files: a preview, a test.
    bool readAll(Table& table);
    // open() + readAll() on a file. A file without data rows is an error here.
    bool readFile(const QString& path, Table& table, const Options& options = {});

    QChar delimiter() const { return m_delimiter; }
    QString delimiterReason() const { return m_delimiterReason; }
    TextEncoding encoding() const { return m_encoding; }
    QString encodingReason() const { return m_encodingReason; }
    // `#` lines seen so far; the preamble is complete once the first record was returned.
    const QList<CsvComment>& comments() const { return m_comments; }
    int recordsRead() const { return m_recordsRead; }
    // The record readNext() just returned is the last and was cut off by the end of a
    // UTF-16 file with an odd number of bytes: it lacks at least its last character.
    bool recordCut() const { return m_recordCut; }

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    enum class State
    {
        LineStart,
        FieldStart,
        Unquoted,
        FieldDone,
        Quoted,
        QuoteInQuoted,
        Comment
    };

    void reset();
    bool start(QString firstText, bool complete, const Options& options);
    bool refill();
    qsizetype runEnd(bool quoted) const;
    void appendRun(bool quoted);
    void setField(const QChar* text, qsizetype size);
    void closeField();
    bool endOfInput(CsvRecord& record);
    bool finishRecord(CsvRecord& record);
    void setError(const QString& message, int line = 0);

    std::unique_ptr<DecodedInput> m_input;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_inputDone = true;
    bool m_skipLf = false; // the last character was a CR: a following LF is the same line end

    State m_state = State::LineStart;
    int m_line = 1;
    int m_recordLine = 0;
    int m_quoteLine = 0;
    QStringList m_fields; // the record being read; slots past m_fieldCount are buffers
    qsizetype m_fieldCount = 0;
    QString m_field;
    int m_recordsRead = 0;
    bool m_recordCut = false;

    QChar m_delimiter = u',';
    QChar m_commentChar = u'#';
    QString m_delimiterReason;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QString m_encodingReason;
    QList<CsvComment> m_comments;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace stuurboord
