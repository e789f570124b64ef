#include "XlsxRecordSource.h"

#include <QCoreApplication>

namespace stuurboord {

bool XlsxRecordSource::open(const QString& path, const QString& sheet, QString* error)
{
    XlsxReadOptions options;
    options.sheet = sheet;
    if (!m_reader.open(path, options)) {
        *error = m_reader.errorString();
        return false;
    }
    return true;
}

QStringList XlsxRecordSource::decisions() const
{
    const QStringList sheets = m_reader.sheetNames();
    if (sheets.size() <= 1)
        return {QCoreApplication::translate("Import", "an Excel workbook; its sheet “%1” is read")
                    .arg(m_reader.sheetName())};
    return {QCoreApplication::translate("Import",
        "an Excel workbook with the sheets %1; the sheet “%2” is read (choose another with "
        "--sheet)")
                .arg(sheets.join(QStringLiteral(", ")), m_reader.sheetName())};
}

double XlsxRecordSource::progress() const
{
    const qint64 size = m_reader.sheetBytes();
    return size > 0 ? double(m_reader.sheetBytesRead()) / double(size) : 1.0;
}

} // namespace stuurboord
