#include "ImportRunner.h"

#include "CsvReader.h"
#include "domain/Metric.h"
#include "Microsoft365SiteUsageProfile.h"
#include "SpreadsheetProfile.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace stuurboord {

namespace {
MetricKeys knownMetrics(Workspace& workspace)
{
    QHash<QString, QString> known;
    for (const Metric& metric : workspace.repository<Metric>().all()) {
        known.insert(metric.key.toLower(), metric.key);
        known.insert(metric.name.trimmed().toLower(), metric.key);
    }
    return MetricKeys(known);
}
} // namespace

ImportPreview ImportRunner::prepare(Workspace& workspace, const QString& path)
{
    ImportPreview preview;
    preview.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = QCoreApplication::translate("Import", "The file %1 could not be read: %2")
                            .arg(path, file.errorString());
        return preview;
    }
    preview.sha256 = BatchWriter::sha256Of(file.readAll());
    file.close();

    CsvReader reader;
    CsvReader::Table table;
    if (!reader.readFile(path, table)) {
        preview.error = reader.errorString();
        return preview;
    }
    preview.decisions << reader.encodingReason() << reader.delimiterReason();
    QString reason;
    // Known exports first: their header says exactly what each column is.
    if (const int m365 = Microsoft365SiteUsageProfile::findHeader(table.records, &reason); m365 >= 0) {
        preview.profileName = Microsoft365SiteUsageProfile::name();
        preview.profileReason = reason;
        Microsoft365SiteUsageProfile::convert(table.records, m365, preview);
        preview.decisions.removeAll(QString());
        return preview;
    }
    const int header = SpreadsheetProfile::findHeader(table.records, &reason);
    if (header < 0) {
        preview.error = QCoreApplication::translate("Import",
            "Stuurboord does not recognise this file: no known export header and no date column. "
            "Use the import wizard to tell it which columns hold what.");
        return preview;
    }
    preview.profileName = SpreadsheetProfile::name();
    preview.profileReason = reason;
    if (SpreadsheetProfile::looksLikeMatomo(table.records.at(header).fields)) {
        preview.profileName = QStringLiteral("Matomo");
        preview.profileReason = QCoreApplication::translate("Import", "the header matches a Matomo visits summary (%1)").arg(reason);
    }
    const NumberConvention fallback
        = reader.delimiter() == u',' ? NumberConvention::English : NumberConvention::Dutch;
    SpreadsheetProfile::convert(table.records, header, knownMetrics(workspace), fallback, preview);
    preview.decisions.removeAll(QString());
    return preview;
}

BatchWriter::Result ImportRunner::commit(
    Workspace& workspace, const ImportPreview& preview, BatchWriter::Overlap overlap, bool force)
{
    BatchWriter::Request request;
    request.fileName = preview.fileName;
    request.sha256 = preview.sha256;
    request.profileName = preview.profileName;
    request.rowsRead = preview.rowsRead;
    request.drafts = preview.drafts;
    request.rejected = preview.rejected;
    request.overlap = overlap;
    request.force = force;
    return BatchWriter::write(workspace, request);
}

} // namespace stuurboord
