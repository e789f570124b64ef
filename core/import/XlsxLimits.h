#pragma once

#include <QtGlobal>

namespace stuurboord {

// How much of a workbook XlsxReader is willing to unpack. An .xlsx is a zip of XML, so a
// file of a few hundred kilobytes can declare gigabytes of text; these bounds keep a
// hostile or broken file from taking the machine's memory or an afternoon of CPU. The
// defaults are far above what web-analytics and intranet exports reach; tests lower them.
struct XlsxLimits
{
    // Uncompressed size of the worksheet XML. It is streamed, so this bounds time, not memory:
    // Excel's full 1,048,576 rows take about 40 bytes of XML per cell, so 1 GB is some 25
    // columns of them, read in well under a minute.
    qint64 maxSheetBytes = 1024LL * 1024 * 1024;
    // Uncompressed size of each part that is read whole: workbook, relationships, styles,
    // shared strings.
    qint64 maxPartBytes = 64LL * 1024 * 1024;
    // The shared text table is the one part kept in memory for the whole read.
    qint64 maxSharedStrings = 2'000'000;
    qint64 maxSharedStringChars = 64LL * 1024 * 1024;
    // Widest row returned; missing cells up to the last value are filled with empty text, so
    // one value in column XFD would otherwise make every row 16,384 fields wide.
    int maxColumns = 4096;
    // Fields returned for one sheet, counting the empty ones that fill gaps, so a million
    // rows that each hold one far-right value cannot cost billions of fields.
    qint64 maxCells = 100'000'000;
};

} // namespace stuurboord
