// CSV/TSV reader with encoding and separator detection, through the same entry as imports.
#include "FuzzFile.h"
#include "import/RecordSource.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzzFile(data, size, QStringLiteral(".csv"));
    QString error;
    const auto source = stuurboord::RecordSource::open(path, {}, &error);
    if (!source)
        return 0;
    stuurboord::CsvRecord record;
    for (int i = 0; i < 5000 && source->readNext(record); ++i) { }
    (void)source->decisions();
    return 0;
}
