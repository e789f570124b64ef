#pragma once

#include "CsvRecord.h"
#include "ParsedNumber.h"

#include <memory>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace stuurboord {

// The rows of an export, whatever the file format: a delimited text file or a sheet of an
// Excel workbook. Profiles read records from here and never see the format.
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    // Opens `path` as the format its first bytes show. options: "sheet" for a workbook,
    // "encoding" and "separator" to overrule what was detected.
    static std::unique_ptr<RecordSource> open(
        const QString& path, const QHash<QString, QString>& options, QString* error);

    virtual bool readNext(CsvRecord& record) = 0;
    // `#` lines seen so far, in file order.
    virtual const QList<CsvComment>& comments() const = 0;
    virtual bool hasError() const = 0;
    virtual QString errorString() const = 0;
    // How the file was read (encoding, separator, sheet), in words for the preview.
    virtual QStringList decisions() const = 0;
    // The convention for numbers that do not show theirs ("3,215").
    virtual NumberConvention numberFallback() const = 0;
    // The sheets of a workbook, to choose from; empty for a text file.
    virtual QStringList sheetNames() const { return {}; }
    // The record just read is the last one and was cut off by the end of the file.
    virtual bool recordCut() const { return false; }
    // How far into the file reading has got, 0..1, for a progress bar.
    virtual double progress() const = 0;
};

} // namespace stuurboord
