#include "XlsxReader.h"

#include "XlsxNumberText.h"
#include "XlsxSharedStrings.h"
#include "XlsxStyles.h"
#include "XlsxWorkbook.h"
#include "XmlDepth.h"

#include <algorithm>
#include <climits>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <QXmlStreamReader>

namespace stuurboord {

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// The compound-file header of a legacy .xls, and of an .xlsx that Excel encrypted with a
// password: both look like this from outside.
constexpr char kCompoundFileMagic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

enum class CellType
{
    Number,
    SharedText,
    InlineText,
    FormulaText,
    Boolean,
    Error,
    IsoDate
};

CellType cellType(QStringView t)
{
    if (t.isEmpty() || t == u"n")
        return CellType::Number;
    if (t == u"s")
        return CellType::SharedText;
    if (t == u"inlineStr")
        return CellType::InlineText;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    if (t == u"d")
        return CellType::IsoDate;
    return CellType::FormulaText; // "str", and the cached text of anything unknown
}

// "C5" -> 2 (zero-based); -1 unless it is letters within A..XFD followed by a row number.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t c = reference.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    const QStringView row = reference.mid(i);
    const bool rowDigits = !row.isEmpty()
        && std::all_of(row.cbegin(), row.cend(), [](QChar c) { return c.isDigit(); });
    if (i == 0 || column > XlsxReader::kExcelColumns || !rowDigits)
        return -1;
    return column - 1;
}

QString columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

bool allEmpty(const QStringList& fields)
{
    return std::all_of(
        fields.cbegin(), fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names)
        quoted.append(u'“' + name + u'”');
    return quoted.join(QStringLiteral(", "));
}

} // namespace

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

bool XlsxReader::looksLikeXlsx(const QByteArray& firstBytes)
{
    return firstBytes.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

void XlsxReader::reset()
{
    m_xml.reset();
    m_file.reset();
    m_zip.reset();
    m_sharedStrings.reset();
    m_styles = std::make_unique<XlsxStyles>();
    m_date1904 = false;
    m_sheetNames.clear();
    m_sheetName.clear();
    m_sheetEntry.clear();
    m_sheetBytes = 0;
    m_sheetDone = true;
    m_row = 0;
    m_fields.clear();
    m_cells = 0;
    m_error.clear();
}

bool XlsxReader::open(const QString& path, const Options& options)
{
    reset();
    m_limits = options.limits;
    QString sheetEntry;
    if (!openZip(path) || !readWorkbookParts(options.sheet, sheetEntry))
        return false;
    const Entry sheet = openEntry(sheetEntry, m_limits.maxSheetBytes);
    if (sheet == Entry::Missing) {
        m_error = QCoreApplication::translate("Import",
            "The workbook lists sheet “%1”, but the sheet itself (%2) is missing from the file.")
                      .arg(m_sheetName, sheetEntry);
    }
    if (sheet != Entry::Opened)
        return false;
    m_sheetEntry = sheetEntry;
    m_sheetBytes = m_file->usize();
    // QXmlStreamReader loads no external entities and caps entity expansion, so a DTD in
    // the sheet cannot make it grow either.
    m_xml = std::make_unique<QXmlStreamReader>(m_file.get());
    m_depth = {};
    m_sheetDone = false;
    return true;
}

bool XlsxReader::openZip(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("Import", "%1 could not be opened: %2")
                      .arg(path, file.errorString());
        return false;
    }
    const QByteArray head = file.read(8);
    file.close();
    if (head.isEmpty()) {
        m_error = QCoreApplication::translate("Import", "The file is empty (0 bytes).");
        return false;
    }
    if (head == QByteArray(kCompoundFileMagic, 8)) {
        m_error = QCoreApplication::translate("Import",
            "This is an Excel workbook in the old .xls format, or one protected with a "
            "password. Open it in Excel and save it as .xlsx without a password, or as CSV.");
        return false;
    }
    if (!looksLikeXlsx(head)) {
        m_error = QCoreApplication::translate("Import",
            "This is not an Excel workbook (.xlsx): it is not a zip archive. Choose an .xlsx "
            "file or a CSV export.");
        return false;
    }
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        m_error = QCoreApplication::translate("Import",
            "The Excel workbook is damaged or incomplete: its table of contents cannot be read "
            "(zip error %1). Was the file copied or downloaded completely?")
                      .arg(m_zip->getZipError());
        m_zip.reset();
        return false;
    }
    return true;
}

bool XlsxReader::readWorkbookParts(const QString& wantedSheet, QString& sheetEntry)
{
    XlsxWorkbook workbook;
    const QString workbookEntry = QStringLiteral("xl/workbook.xml");
    switch (openEntry(workbookEntry, m_limits.maxPartBytes)) {
    case Entry::Missing:
        m_error = QCoreApplication::translate("Import",
            "This is a zip file but not an Excel workbook (.xlsx): it has no xl/workbook.xml.");
        return false;
    case Entry::Failed:
        return false;
    case Entry::Opened:
        break;
    }
    bool parsed = workbook.readWorkbook(*m_file);
    if (!closeEntry(workbookEntry))
        return false;
    if (!parsed) {
        m_error = QCoreApplication::translate(
            "Import", "The workbook's list of sheets (xl/workbook.xml) is damaged: %1")
                      .arg(workbook.errorString());
        return false;
    }

    const QString relationshipsEntry = QStringLiteral("xl/_rels/workbook.xml.rels");
    switch (openEntry(relationshipsEntry, m_limits.maxPartBytes)) {
    case Entry::Missing:
        m_error = QCoreApplication::translate("Import",
            "The Excel workbook is damaged: it does not say where its sheets are stored "
            "(xl/_rels/workbook.xml.rels is missing).");
        return false;
    case Entry::Failed:
        return false;
    case Entry::Opened:
        break;
    }
    parsed = workbook.readRelationships(*m_file);
    if (!closeEntry(relationshipsEntry))
        return false;
    if (!parsed) {
        m_error = QCoreApplication::translate("Import",
            "The workbook's list of sheet locations (xl/_rels/workbook.xml.rels) is damaged: %1")
                      .arg(workbook.errorString());
        return false;
    }

    const QList<XlsxWorkbook::Sheet> sheets = workbook.sheets();
    for (const XlsxWorkbook::Sheet& sheet : sheets)
        m_sheetNames.append(sheet.name);
    // Excel refuses two sheet names that differ only in case, so this match is unambiguous.
    const auto chosen = std::find_if(sheets.cbegin(), sheets.cend(), [&](const auto& sheet) {
        return wantedSheet.isEmpty() ? sheet.isWorksheet
                                     : sheet.name.compare(wantedSheet, Qt::CaseInsensitive) == 0;
    });
    if (chosen == sheets.cend()) {
        m_error = wantedSheet.isEmpty()
            ? QCoreApplication::translate("Import", "The workbook has no sheet with a table.")
            : QCoreApplication::translate(
                "Import", "The workbook has no sheet “%1”. Its sheets are: %2.")
                  .arg(wantedSheet, quotedList(m_sheetNames));
        return false;
    }
    m_sheetName = chosen->name;
    if (chosen->entry.isEmpty()) {
        m_error = QCoreApplication::translate("Import",
            "The Excel workbook is damaged: it lists sheet “%1” but not where it is stored.")
                      .arg(m_sheetName);
        return false;
    }
    if (!chosen->isWorksheet) {
        m_error = QCoreApplication::translate(
            "Import", "Sheet “%1” holds a chart, not a table. Its sheets are: %2.")
                      .arg(m_sheetName, quotedList(m_sheetNames));
        return false;
    }
    sheetEntry = chosen->entry;
    m_date1904 = workbook.date1904();

    // Without styles every number reads as a number; without shared text only cells that
    // refer to it fail. Both parts are optional: generators that write inline strings omit them.
    const QString stylesEntry = workbook.stylesEntry();
    switch (openEntry(stylesEntry, m_limits.maxPartBytes)) {
    case Entry::Missing:
        break;
    case Entry::Failed:
        return false;
    case Entry::Opened:
        parsed = m_styles->read(*m_file);
        if (!closeEntry(stylesEntry))
            return false;
        if (!parsed) {
            m_error = QCoreApplication::translate(
                "Import", "The workbook's cell formats (%1) are damaged: %2")
                          .arg(stylesEntry, m_styles->errorString());
            return false;
        }
        break;
    }

    const QString sharedStringsEntry = workbook.sharedStringsEntry();
    switch (openEntry(sharedStringsEntry, m_limits.maxPartBytes)) {
    case Entry::Missing:
        break;
    case Entry::Failed:
        return false;
    case Entry::Opened:
        m_sharedStrings = std::make_unique<XlsxSharedStrings>();
        parsed = m_sharedStrings->read(*m_file, m_limits);
        if (!parsed) {
            m_error = m_sharedStrings->errorString();
            m_sharedStrings.reset();
        }
        if (!closeEntry(sharedStringsEntry) || !parsed)
            return false;
        break;
    }
    return true;
}

XlsxReader::Entry XlsxReader::openEntry(const QString& name, qint64 maxBytes)
{
    m_file.reset();
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive)) {
        if (m_zip->getZipError() == UNZ_OK)
            return Entry::Missing;
        m_error = QCoreApplication::translate(
            "Import", "The workbook part %1 could not be unpacked (zip error %2).")
                      .arg(name, QString::number(m_zip->getZipError()));
        return Entry::Failed;
    }
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info)) {
        m_error = QCoreApplication::translate(
            "Import", "The workbook part %1 could not be unpacked (zip error %2).")
                      .arg(name, QString::number(m_zip->getZipError()));
        return Entry::Failed;
    }
    // The size comes from the zip's directory, before anything is unpacked. minizip never
    // inflates past it, so an entry that lies about its size ends early and fails its
    // checksum or its XML instead of growing without bound.
    if (info.uncompressedSize > quint64(maxBytes)) {
        m_error = QCoreApplication::translate("Import",
            "The workbook part %1 unpacks to more than %2 MB, the most Stuurboord reads for "
            "it. The file may be damaged, or made to exhaust memory.")
                      .arg(name, QString::number(maxBytes / kMiB));
        return Entry::Failed;
    }
    if (info.isEncrypted()) {
        m_error = QCoreApplication::translate(
            "Import", "The workbook part %1 is encrypted. Save the workbook without a password.")
                      .arg(name);
        return Entry::Failed;
    }
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate(
            "Import", "The workbook part %1 could not be unpacked (zip error %2).")
                      .arg(name, QString::number(m_file->getZipError()));
        m_file.reset();
        return Entry::Failed;
    }
    return Entry::Opened;
}

bool XlsxReader::closeEntry(const QString& name)
{
    m_file->close();
    const int zipError = m_file->getZipError();
    m_file.reset();
    if (zipError == UNZ_OK)
        return true;
    m_error = zipError == UNZ_CRCERROR
        ? QCoreApplication::translate("Import",
            "The workbook part %1 is damaged: its checksum does not match. Save the workbook "
            "again in Excel.")
              .arg(name)
        : QCoreApplication::translate(
            "Import", "The workbook part %1 could not be unpacked (zip error %2).")
              .arg(name, QString::number(zipError));
    return false;
}

qint64 XlsxReader::sheetBytesRead() const
{
    return m_file && m_xml ? m_file->pos() : (m_sheetDone ? m_sheetBytes : 0);
}

bool XlsxReader::readNext(CsvRecord& record)
{
    if (hasError() || m_sheetDone)
        return false;
    while (!m_xml->atEnd() && !m_xml->hasError()) {
        if (m_depth.readNext(*m_xml) != QXmlStreamReader::StartElement || m_xml->hasError()
            || m_xml->name() != u"row")
            continue;
        if (!readRow()) {
            if (!hasError())
                setXmlError();
            return false;
        }
        m_depth.left(); // readRow() read the row to its end
        if (allEmpty(m_fields))
            continue;
        record.line = m_row;
        record.fields = std::exchange(m_fields, {});
        return true;
    }
    if (m_xml->hasError()) {
        setXmlError();
        return false;
    }
    m_sheetDone = true;
    m_xml.reset();
    closeEntry(m_sheetEntry);
    return false;
}

bool XlsxReader::readRow()
{
    // Belt and braces next to the directory check in openEntry(): what was really unpacked.
    if (m_file->pos() > m_limits.maxSheetBytes) {
        m_error = QCoreApplication::translate("Import",
            "The workbook part %1 unpacks to more than %2 MB, the most Stuurboord reads for "
            "it. The file may be damaged, or made to exhaust memory.")
                      .arg(m_sheetEntry, QString::number(m_limits.maxSheetBytes / kMiB));
        return false;
    }
    const QXmlStreamAttributes rowAttributes = m_xml->attributes();
    const QStringView number = rowAttributes.value(QLatin1String("r"));
    const int row = number.isEmpty() ? m_row + 1 : number.toInt();
    if (row < 1 || row > kExcelRows) {
        m_error = QCoreApplication::translate("Import",
            "Sheet “%1” has a row numbered “%2”, but Excel sheets have rows 1 to 1048576. "
            "The file is damaged.")
                      .arg(m_sheetName, number.toString());
        return false;
    }
    m_row = row;
    m_fields.clear();
    int nextColumn = 0;
    while (m_xml->readNextStartElement()) {
        if (m_xml->name() != u"c") {
            XmlDepth::skipCurrentElement(*m_xml);
            continue;
        }
        // A copy, so the views into it stay valid while the cell's children are read.
        const QXmlStreamAttributes attributes = m_xml->attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        const int column = reference.isEmpty() ? nextColumn : columnOf(reference);
        if (column < 0) {
            m_error = QCoreApplication::translate("Import",
                "Sheet “%1”, row %2: “%3” is not a valid cell reference (Excel columns run "
                "from A to XFD). The file is damaged.")
                          .arg(m_sheetName, QString::number(m_row), reference.toString());
            return false;
        }
        if (column >= m_limits.maxColumns) {
            m_error = QCoreApplication::translate("Import",
                "Sheet “%1” has a value in cell %2, but Stuurboord reads tables up to %3 "
                "columns wide (column %4). Delete what lies far to the right, or copy the "
                "table to a new sheet.")
                          .arg(m_sheetName, columnName(column) + QString::number(m_row),
                              QString::number(m_limits.maxColumns),
                              columnName(m_limits.maxColumns - 1));
            return false;
        }
        QString value;
        if (!readCell(attributes, column, value))
            return false;
        nextColumn = column + 1;
        if (value.isEmpty())
            continue;
        if (column >= m_fields.size()) {
            m_cells += column + 1 - m_fields.size();
            if (m_cells > m_limits.maxCells) {
                m_error = QCoreApplication::translate("Import",
                    "Sheet “%1” has more cells than Stuurboord reads (%2, counting empty "
                    "cells between values); it stopped at row %3. Split the sheet, or export "
                    "fewer columns.")
                              .arg(m_sheetName, QLocale().toString(m_limits.maxCells),
                                  QString::number(m_row));
                return false;
            }
            m_fields.resize(column);
            m_fields.append(std::move(value));
        } else {
            m_fields[column] = std::move(value);
        }
    }
    return !m_xml->hasError();
}

bool XlsxReader::readCell(const QXmlStreamAttributes& attributes, int column, QString& value)
{
    const CellType type = cellType(attributes.value(QLatin1String("t")));
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString raw;
    QString inlineText;
    // A formula (<f>) is not evaluated: Excel stores its last result in <v>.
    while (m_xml->readNextStartElement()) {
        if (m_xml->name() == u"v")
            raw = m_xml->readElementText();
        else if (m_xml->name() == u"is")
            inlineText = XlsxSharedStrings::readText(*m_xml);
        else
            XmlDepth::skipCurrentElement(*m_xml);
    }
    if (m_xml->hasError())
        return false;

    switch (type) {
    case CellType::SharedText: {
        if (raw.isEmpty())
            return true;
        const QString cell = columnName(column) + QString::number(m_row);
        if (!m_sharedStrings) {
            m_error = QCoreApplication::translate("Import",
                "Sheet “%1”, cell %2 refers to shared text that the workbook does not have "
                "(there is no xl/sharedStrings.xml). The file is damaged.")
                          .arg(m_sheetName, cell);
            return false;
        }
        bool ok = false;
        const qlonglong index = raw.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings->count()) {
            // Computed apart: lupdate's parser hangs on a template call among translate()'s
            // arguments.
            const int available = int(qMin(m_sharedStrings->count(), qsizetype(INT_MAX)));
            m_error = QCoreApplication::translate("Import",
                "Sheet “%1”, cell %2 refers to shared text number %3, but the workbook has only "
                "%n shared text(s). The file is damaged.",
                nullptr, available)
                          .arg(m_sheetName, cell, raw);
            return false;
        }
        value = m_sharedStrings->text(index);
        return true;
    }
    case CellType::InlineText:
        value = inlineText.isEmpty() ? raw : inlineText;
        return true;
    case CellType::FormulaText:
    case CellType::Error:
        value = raw;
        return true;
    case CellType::Boolean:
        value = raw == u"1" ? QStringLiteral("TRUE") : raw == u"0" ? QStringLiteral("FALSE") : raw;
        return true;
    case CellType::IsoDate: {
        const QDateTime dateTime = QDateTime::fromString(raw, Qt::ISODateWithMs);
        if (!dateTime.isValid())
            value = raw;
        else if (dateTime.time() == QTime(0, 0))
            value = dateTime.date().toString(Qt::ISODate);
        else
            value = dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return true;
    }
    case CellType::Number:
        break;
    }

    if (raw.isEmpty())
        return true;
    const XlsxNumberKind kind = m_styles->kind(style);
    if (kind == XlsxNumberKind::Number && XlsxNumberText::isPlain(raw)) {
        value = raw; // most numbers: no need to parse them only to write them back
        return true;
    }
    bool ok = false;
    const double number = raw.toDouble(&ok);
    if (!ok) {
        value = raw; // not what Excel writes, but the text is still better than nothing
        return true;
    }
    switch (kind) {
    case XlsxNumberKind::DateTime:
        value = XlsxNumberText::dateTime(number, m_date1904);
        break;
    case XlsxNumberKind::Duration:
        value = XlsxNumberText::duration(number);
        break;
    case XlsxNumberKind::Percent:
        // As the CSV saved from the same sheet holds it: 0.567 shown as 56.7%.
        value = XlsxNumberText::number(number * 100) + u'%';
        break;
    case XlsxNumberKind::Number:
        break;
    }
    if (value.isEmpty())
        value = XlsxNumberText::number(number);
    return true;
}

void XlsxReader::setXmlError()
{
    const QString detail = m_xml->errorString();
    m_error = m_row > 0
        ? QCoreApplication::translate("Import", "Sheet “%1” is damaged near row %2: %3")
              .arg(m_sheetName, QString::number(m_row), detail)
        : QCoreApplication::translate("Import", "Sheet “%1” is damaged before its first row: %2")
              .arg(m_sheetName, detail);
}

} // namespace stuurboord
