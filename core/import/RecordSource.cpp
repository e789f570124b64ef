#include "RecordSource.h"

#include "CsvRecordSource.h"
#include "TextEncoding.h"
#include "XlsxReader.h"
#include "XlsxRecordSource.h"

#include <QFile>

namespace stuurboord {

std::unique_ptr<RecordSource> RecordSource::open(
    const QString& path, const QHash<QString, QString>& options, QString* error)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && XlsxReader::looksLikeXlsx(file.peek(8))) {
        auto workbook = std::make_unique<XlsxRecordSource>();
        if (!workbook->open(path, options.value(QStringLiteral("sheet")), error))
            return nullptr;
        return workbook;
    }
    CsvReadOptions csv;
    if (const QString encoding = options.value(QStringLiteral("encoding")); !encoding.isEmpty())
        csv.encoding = encodingFromName(encoding);
    if (const QString separator = options.value(QStringLiteral("separator")); separator.size() == 1)
        csv.delimiter = separator.at(0);
    auto source = std::make_unique<CsvRecordSource>();
    if (!source->open(path, csv, error))
        return nullptr;
    return source;
}

} // namespace stuurboord
