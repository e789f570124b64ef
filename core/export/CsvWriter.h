#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace stuurboord {

// Writes CSV as RFC 4180 describes it (comma, CRLF, fields with a comma, quote or line
// break in double quotes, quotes doubled), in UTF-8 with a byte order mark so Excel reads
// the accents right. A cell that a spreadsheet would run as a formula (starting with =, +,
// -, @, tab or carriage return) gets a leading single quote (OWASP, "CSV injection");
// plain numbers such as -12.50 stay numbers.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice& device);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    // The first row also writes the byte order mark.
    bool writeRow(const QStringList& cells);

    static QString field(const QString& value);
    static QString neutralised(const QString& value);
    static QByteArray bom();

private:
    QIODevice& m_device;
    bool m_started = false;
};

} // namespace stuurboord
