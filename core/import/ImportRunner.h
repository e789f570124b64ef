#pragma once

#include "BatchWriter.h"
#include "CsvRecord.h"
#include "ImportPreview.h"
#include "ImportProgress.h"
#include "ParsedNumber.h"

#include <QHash>

namespace stuurboord {

class Workspace;

// One file through the pipeline: read (format, encoding, separator), recognise the
// profile, map rows to figures with every rejected row explained, and write them as one
// batch. The file streams through: a reader thread parses while the calling thread
// writes, and neither holds more than a few thousand rows. Used by the command line and
// the GUI's worker thread alike.
//
// options: "profile" (a profile's name, instead of recognising one), "period" (yyyy-MM
// for a single-period export), "table" (1-based, for files with several tables), "sheet"
// (for a workbook), "encoding" and "separator" (to overrule detection).
class ImportRunner final
{
public:
    // The first rows of a file as the wizard shows them, before any profile reads it.
    struct Glimpse
    {
        QList<CsvRecord> records;
        QList<CsvComment> comments; // `#` lines among them
        QStringList decisions; // encoding, separator, sheet
        QStringList sheets; // of a workbook
        NumberConvention numbers = NumberConvention::Dutch;
        QString error;
    };
    static Glimpse glimpse(
        const QString& path, const QHash<QString, QString>& options = {}, int rows = 30);
    // Every profile a file can be read with: the saved ones, then the built-in ones.
    static QStringList profileNames(Workspace& workspace);
    // The name of the profile that would read the file, from its first rows only; empty
    // when none would (the import wizard is then the way in) or the file cannot be read.
    static QString recognise(
        Workspace& workspace, const QString& path, const QHash<QString, QString>& options = {});

    static constexpr int headSize = 200; // records a profile sees before rows stream

    // Reads the whole file once and tells what an import would write (a sample of the
    // figures, their count, the rejected rows), without writing.
    static ImportPreview prepare(Workspace& workspace, const QString& path,
        const QHash<QString, QString>& options = {}, ImportProgress* progress = nullptr);
    // Reads the previewed file again and writes it as one batch.
    static BatchWriter::Result commit(Workspace& workspace, const ImportPreview& preview,
        BatchWriter::Overlap overlap, bool force, ImportProgress* progress = nullptr);
    // Reads and writes in one pass; `summary` tells what was read (the command line).
    static BatchWriter::Result importFile(Workspace& workspace, const QString& path,
        const QHash<QString, QString>& options, BatchWriter::Overlap overlap, bool force,
        ImportPreview& summary, ImportProgress* progress = nullptr);

private:
    // importFile(), with the file's SHA-256 when the caller has it already (empty: hash).
    static BatchWriter::Result write(Workspace& workspace, const QString& path,
        const QHash<QString, QString>& options, BatchWriter::Overlap overlap, bool force,
        ImportPreview& summary, ImportProgress* progress, const QByteArray& knownSha256);
};

} // namespace stuurboord
