#include "CsvRecordSource.h"

#include <QCoreApplication>

namespace stuurboord {

bool CsvRecordSource::open(const QString& path, const CsvReadOptions& options, QString* error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Import", "The file %1 could not be read: %2")
                     .arg(path, m_file.errorString());
        return false;
    }
    if (!m_reader.open(&m_file, options)) {
        *error = m_reader.errorString();
        return false;
    }
    return true;
}

QStringList CsvRecordSource::decisions() const
{
    return {m_reader.encodingReason(), m_reader.delimiterReason()};
}

NumberConvention CsvRecordSource::numberFallback() const
{
    // Dutch Excel separates with semicolons and writes decimal commas; a comma-separated
    // file cannot use the comma for decimals without quoting every number.
    return m_reader.delimiter() == u',' ? NumberConvention::English : NumberConvention::Dutch;
}

double CsvRecordSource::progress() const
{
    const qint64 size = m_file.size();
    return size > 0 ? double(m_file.pos()) / double(size) : 1.0;
}

} // namespace stuurboord
