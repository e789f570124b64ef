#include "CsvWriter.h"

#include <QIODevice>
#include <QRegularExpression>

namespace stuurboord {

CsvWriter::CsvWriter(QIODevice& device)
    : m_device(device)
{
}

QByteArray CsvWriter::bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::neutralised(const QString& value)
{
    if (value.isEmpty())
        return value;
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!triggers.contains(value.front()))
        return value;
    // A number cannot run as a formula; keeping it lets the spreadsheet add it up.
    static const QRegularExpression plainNumber(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    if (plainNumber.match(value).hasMatch())
        return value;
    return QLatin1Char('\'') + value;
}

QString CsvWriter::field(const QString& value)
{
    QString text = neutralised(value);
    static const QRegularExpression needsQuotes(QStringLiteral("[\",\r\n]"));
    if (!needsQuotes.match(text).hasMatch())
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString& cell : cells)
        fields << field(cell);
    QByteArray line = fields.join(QLatin1Char(',')).toUtf8() + QByteArrayLiteral("\r\n");
    if (!m_started) {
        line.prepend(bom());
        m_started = true;
    }
    return m_device.write(line) == line.size();
}

} // namespace stuurboord
