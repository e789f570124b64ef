#pragma once

#include "CsvRecord.h"
#include "XlsxLimits.h"
#include "XmlDepth.h"

#include <memory>
#include <QString>
#include <QStringList>

class QuaZip;
class QuaZipFile;
class QXmlStreamAttributes;
class QXmlStreamReader;

namespace stuurboord {

class XlsxSharedStrings;
class XlsxStyles;

// Outside XlsxReader so it can be a default argument of its members.
struct XlsxReadOptions
{
    QString sheet; // the sheet's name as on its tab; empty reads the first worksheet
    XlsxLimits limits;
};

// Reads one sheet of an Excel workbook (.xlsx) row by row, with the same face and output
// as CsvReader: each non-empty row as a CsvRecord whose fields are the cells' texts (empty
// text for missing cells, so columns keep their places) and whose line is the spreadsheet
// row number. Numbers come out as C-locale text, date-formatted numbers as ISO dates.
//
// The sheet XML is streamed from the zip and only the current row is held, so memory does
// not grow with the number of rows; the shared text table is the one part read whole.
// Every size a file declares is checked against XlsxLimits before it is trusted.
class XlsxReader final
{
public:
    using Options = XlsxReadOptions;
    using Limits = XlsxLimits;

    // Excel's grid: columns A to XFD, rows 1 to 1,048,576.
    static constexpr int kExcelColumns = 16384;
    static constexpr int kExcelRows = 1048576;

    XlsxReader();
    ~XlsxReader();
    Q_DISABLE_COPY_MOVE(XlsxReader)

    // Opens the workbook, reads its sheet list, styles and shared text, and starts on the
    // chosen sheet.
    bool open(const QString& path, const Options& options = {});
    // Every sheet in tab order, charts included (reading one of those is an error).
    QStringList sheetNames() const { return m_sheetNames; }
    QString sheetName() const { return m_sheetName; }
    // The next row with a non-empty cell; false at the end or on an error (see hasError()).
    bool readNext(CsvRecord& record);

    // For a progress bar: how far into the sheet's unpacked XML the reader is.
    qint64 sheetBytes() const { return m_sheetBytes; }
    qint64 sheetBytesRead() const;

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // A zip archive starts with a local file header, "PK\3\4". The caller then opens it:
    // only open() can tell an .xlsx from another zip.
    static bool looksLikeXlsx(const QByteArray& firstBytes);

private:
    enum class Entry
    {
        Opened,
        Missing,
        Failed
    };

    void reset();
    bool openZip(const QString& path);
    bool readWorkbookParts(const QString& wantedSheet, QString& sheetEntry);
    Entry openEntry(const QString& name, qint64 maxBytes);
    bool closeEntry(const QString& name);
    bool readRow();
    bool readCell(const QXmlStreamAttributes& attributes, int column, QString& value);
    void setXmlError();

    Limits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    std::unique_ptr<QXmlStreamReader> m_xml;
    XmlDepth m_depth; // of m_xml
    std::unique_ptr<XlsxSharedStrings> m_sharedStrings; // null when the workbook has none
    std::unique_ptr<XlsxStyles> m_styles;
    bool m_date1904 = false;

    QStringList m_sheetNames;
    QString m_sheetName;
    QString m_sheetEntry;
    qint64 m_sheetBytes = 0;
    bool m_sheetDone = true;

    int m_row = 0;
    QStringList m_fields;
    qint64 m_cells = 0;
    QString m_error;
};

} // namespace stuurboord
