#include "RecordSource.h"

#include "CsvRecordSource.h"
#include "TextEncoding.h"

namespace stuurboord {

std::unique_ptr<RecordSource> RecordSource::open(
    const QString& path, const QHash<QString, QString>& options, QString* error)
{
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
