// Excel workbooks: zip container, shared strings, styles, sheets.
#include "FuzzFile.h"
#include "import/RecordSource.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = fuzzFile(data, size, QStringLiteral(".xlsx"));
    QString error;
    const auto source = stuurboord::RecordSource::open(path, {}, &error);
    if (!source)
        return 0;
    stuurboord::CsvRecord record;
    for (int i = 0; i < 5000 && source->readNext(record); ++i) { }
    (void)source->sheetNames();
    return 0;
}
