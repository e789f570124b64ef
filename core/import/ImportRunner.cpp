#include "ImportRunner.h"

#include "BackgroundDigest.h"
#include "BuiltInProfiles.h"
#include "domain/Metric.h"
#include "FileDigest.h"
#include "ImportPhases.h"
#include "MappedProfile.h"
#include "ReadAheadSource.h"
#include "RecordSource.h"
#include "SavedProfiles.h"
#include "SinkPipe.h"
#include "storage/DiskSync.h"
#include "storage/Workspace.h"
#include "TeeSink.h"

#include <limits>
#include <optional>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <thread>

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

QString stoppedMessage()
{
    return QCoreApplication::translate("Import", "The import was stopped; nothing was written.");
}

// One read of a file through a profile into a sink. Touches no database, so it can run on
// the reader thread. The chosen profile is kept: a second pass uses what it learned.
class FilePass final
{
public:
    FilePass(const QString& path, const QHash<QString, QString>& options, MetricKeys keys,
        const QList<ColumnMapping>& saved)
        : m_path(path)
        , m_options(options)
        , m_keys(std::move(keys))
    {
        // The coordinator's own mappings first: a file they mapped once is theirs, even if
        // a built-in profile would also read it somehow.
        const QString wanted = options.value(QStringLiteral("profile"));
        for (const ColumnMapping& mapping : saved) {
            if (mapping.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                // The mapping remembers the sheet and encoding; the user's choice still wins.
                if (!mapping.sheet.isEmpty() && !m_options.contains(QStringLiteral("sheet")))
                    m_options.insert(QStringLiteral("sheet"), mapping.sheet);
                if (!mapping.encoding.isEmpty() && !m_options.contains(QStringLiteral("encoding")))
                    m_options.insert(QStringLiteral("encoding"), mapping.encoding);
            }
            m_profiles.push_back(std::make_unique<MappedProfile>(mapping));
        }
        for (auto& profile : BuiltInProfiles::create())
            m_profiles.push_back(std::move(profile));
    }

    bool run(ImportSink& sink, SinkPipe* pipe, ImportProgress* progress);
    // The profile that reads the file, found as run() finds it; empty when none does.
    QString recognise();
    bool wantsSecondPass() const { return m_profile && m_profile->wantsSecondPass(); }
    bool cancelled() const { return m_cancelled; }

    QString error;
    QString profileName;
    QString profileReason;

private:
    bool choose(ProfileInput& input);
    // The first records, to recognise the header in; false with `error` if there are none.
    bool readHead(RecordSource& source, ProfileInput& input);
    // The first sheet after the first that a profile recognises, its head read into `input`.
    std::unique_ptr<RecordSource> openOtherSheet(const QStringList& sheets, ProfileInput& input);
    // The file opened and its head read, the profile chosen (another sheet if need be), or
    // nullptr with `error`. `sheets`: the workbook's sheets.
    std::unique_ptr<RecordSource> open(ProfileInput& input, QStringList& sheets);

    QString m_path;
    QHash<QString, QString> m_options;
    MetricKeys m_keys;
    std::vector<std::unique_ptr<SourceProfile>> m_profiles;
    SourceProfile* m_profile = nullptr;
    QString m_chosenSheet; // read instead of the first, which held nothing recognisable
    std::optional<CsvRecord> m_cut; // the last record, cut off by the end of the file
    bool m_cancelled = false;
};

bool FilePass::choose(ProfileInput& input)
{
    const QString wanted = m_options.value(QStringLiteral("profile"));
    for (const auto& profile : m_profiles) {
        if (!wanted.isEmpty() && profile->name().compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        input.headerIndex = profile->recognise(input, &profileReason);
        if (input.headerIndex >= 0) {
            m_profile = profile.get();
            profileName = profile->name();
            return true;
        }
        if (!wanted.isEmpty()) {
            error = QCoreApplication::translate(
                "Import", "The profile “%1” does not fit this file: its header was not found.")
                        .arg(wanted);
            return false;
        }
    }
    if (!wanted.isEmpty()) {
        QStringList names;
        for (const auto& profile : m_profiles)
            names << profile->name();
        error
            = QCoreApplication::translate("Import", "There is no profile “%1”. Known profiles: %2.")
                  .arg(wanted, names.join(QStringLiteral(", ")));
        return false;
    }
    error = QCoreApplication::translate("Import",
        "Stuurboord does not recognise this file: no known export header and no date column. "
        "Use the import wizard to tell it which columns hold what.");
    return false;
}

bool FilePass::readHead(RecordSource& source, ProfileInput& input)
{
    input.fileName = QFileInfo(m_path).fileName();
    input.keys = m_keys;
    input.fallback = source.numberFallback();
    input.options = m_options;
    CsvRecord record;
    m_cut.reset();
    while (input.head.size() < ImportRunner::headSize && source.readNext(record)) {
        if (source.recordCut())
            m_cut = record;
        else
            input.head << record;
    }
    if (source.hasError()) {
        error = source.errorString();
        return false;
    }
    if (input.head.isEmpty()) {
        error = QCoreApplication::translate(
            "Import", "The file has no rows, only blank or comment lines.");
        return false;
    }
    input.comments = source.comments();
    return true;
}

std::unique_ptr<RecordSource> FilePass::openOtherSheet(
    const QStringList& sheets, ProfileInput& input)
{
    const QString firstError = error;
    const QHash<QString, QString> asked = m_options;
    for (const QString& sheet : sheets.mid(1)) {
        m_options = asked;
        m_options.insert(QStringLiteral("sheet"), sheet);
        QString ignored;
        std::unique_ptr<RecordSource> other = RecordSource::open(m_path, m_options, &ignored);
        ProfileInput otherInput;
        if (other && readHead(*other, otherInput) && choose(otherInput)) {
            m_chosenSheet = sheet;
            error.clear();
            input = std::move(otherInput);
            return other;
        }
    }
    m_options = asked;
    error = firstError;
    return nullptr;
}

std::unique_ptr<RecordSource> FilePass::open(ProfileInput& input, QStringList& sheets)
{
    std::unique_ptr<RecordSource> source = RecordSource::open(m_path, m_options, &error);
    if (!source)
        return nullptr;
    sheets = source->sheetNames();
    const bool readable = readHead(*source, input);
    if (readable && m_profile) {
        input.headerIndex = m_profile->recognise(input, &profileReason);
    } else if (!readable || !choose(input)) {
        // A workbook often opens with a sheet of notes or a cover: unless the user chose a
        // sheet, the first later sheet that holds a recognised table is read instead.
        if (m_options.contains(QStringLiteral("sheet")) || sheets.size() < 2
            || (!readable && source->hasError()))
            return nullptr;
        source = openOtherSheet(sheets, input);
    }
    return source;
}

QString FilePass::recognise()
{
    ProfileInput input;
    QStringList sheets;
    return open(input, sheets) ? profileName : QString();
}

bool FilePass::run(ImportSink& sink, SinkPipe* pipe, ImportProgress* progress)
{
    ProfileInput input;
    QStringList sheets;
    const std::unique_ptr<RecordSource> source = open(input, sheets);
    if (!source)
        return false;
    for (const QString& decision : source->decisions())
        sink.decide(decision);
    if (!m_chosenSheet.isEmpty()) {
        sink.decide(QCoreApplication::translate(
            "Import", "sheet “%1”: the first sheet, “%2”, holds no table Stuurboord recognises")
                        .arg(m_chosenSheet, sheets.constFirst()));
    }
    if (sheets.size() > 1)
        sink.offer(QStringLiteral("sheet"), sheets, m_chosenSheet);
    sink.head(input.head, input.headerIndex);
    if (!m_profile->begin(input, sink, &error))
        return false;

    // `#` lines after the header reach the profile in file order, between the records.
    const int headerLine = input.head.at(input.headerIndex).line;
    qsizetype nextComment = 0;
    // The rows after the head are split into fields a chunk ahead, on a thread of their own.
    ReadAheadSource ahead(*source);
    const RecordSource* reading = source.get();
    const auto commentsBefore = [&](int line) {
        const QList<CsvComment>& seen = reading->comments();
        for (; nextComment < seen.size() && seen.at(nextComment).line < line; ++nextComment) {
            if (seen.at(nextComment).line > headerLine)
                m_profile->comment(seen.at(nextComment), sink);
        }
    };
    qint64 count = 0;
    const auto stopped = [&] {
        if (++count % 1024 != 0)
            return false;
        if (pipe)
            pipe->setFraction(reading->progress());
        else if (progress && progress->report)
            progress->report(count, reading->progress());
        m_cancelled = (progress && progress->cancelled) || (pipe && pipe->abandoned());
        return m_cancelled;
    };
    for (qsizetype i = input.headerIndex + 1; i < input.head.size(); ++i) {
        commentsBefore(input.head.at(i).line);
        m_profile->take(input.head.at(i), sink);
    }
    input.head.clear();
    reading = &ahead;
    CsvRecord record;
    while (ahead.readNext(record)) {
        if (ahead.recordCut()) {
            m_cut = record;
            break;
        }
        commentsBefore(record.line);
        m_profile->take(record, sink);
        if (stopped())
            return false;
    }
    if (ahead.hasError()) {
        error = ahead.errorString();
        return false;
    }
    commentsBefore(std::numeric_limits<int>::max());
    if (m_cut) {
        // The rows before it are whole; this one lost at least its last character.
        sink.rowRead();
        sink.reject(m_cut->line,
            QCoreApplication::translate("Import",
                "the file ends in the middle of this row (an odd number of bytes in a UTF-16 "
                "file: its last character is cut off), so it is not imported; the file may "
                "have been cut off while downloading"));
        sink.decide(QCoreApplication::translate("Import",
            "the file ends one byte short of a whole character: every complete row is read, "
            "the cut row on line %1 is not")
                        .arg(m_cut->line));
    }
    m_profile->finish(sink);
    if (pipe)
        pipe->setFraction(1.0);
    return true;
}

// Why the file at `path` is not read at all, or empty when it can be. Only regular files:
// a pipe blocks on opening and /dev/zero never ends, both while holding the workspace.
QString unreadable(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QCoreApplication::translate("Import", "There is no file at %1.").arg(path);
    if (info.isDir())
        return QCoreApplication::translate("Import", "%1 is a folder; choose a file in it.").arg(path);
    if (!info.isFile()) {
        return QCoreApplication::translate("Import",
            "%1 is not a regular file (it is a pipe, socket or device), so Stuurboord does not "
            "read it: it might wait or read for ever. Save the export as a file and import that.")
            .arg(path);
    }
    if (!info.isReadable())
        return QCoreApplication::translate("Import", "Stuurboord is not allowed to read %1.").arg(path);
    return {};
}

// A write that failed because the disk is full or the workspace is gone says so, instead of
// what it was writing.
BatchWriter::Result saidPlainly(BatchWriter::Result result, const Workspace& workspace)
{
    if (!result.outcome && !result.alreadyImported && !workspace.isTeam()) {
        if (!QFileInfo::exists(workspace.path())) {
            result.outcome = Outcome::failure(QCoreApplication::translate("Import",
                "The workspace %1 disappeared while importing (its folder was moved or "
                "removed), so nothing was saved.")
                                                  .arg(workspace.path()));
        } else if (const QString full = DiskSync::fullDiskMessage(workspace.path()); !full.isEmpty()) {
            result.outcome = Outcome::failure(full);
        }
    }
    return result;
}

void describeFile(
    ImportPreview& preview, const QString& path, const QHash<QString, QString>& options)
{
    preview.path = path;
    preview.fileName = QFileInfo(path).fileName();
    preview.options = options;
    preview.exportedOn = QFileInfo(path).lastModified().date();
}
} // namespace

ImportRunner::Glimpse ImportRunner::glimpse(
    const QString& path, const QHash<QString, QString>& options, int rows)
{
    Glimpse glimpse;
    glimpse.error = unreadable(path);
    if (!glimpse.error.isEmpty())
        return glimpse;
    const std::unique_ptr<RecordSource> source = RecordSource::open(path, options, &glimpse.error);
    if (!source)
        return glimpse;
    CsvRecord record;
    while (glimpse.records.size() < rows && source->readNext(record))
        glimpse.records << record;
    if (source->hasError() && glimpse.records.isEmpty())
        glimpse.error = source->errorString();
    else if (glimpse.records.isEmpty())
        glimpse.error = QCoreApplication::translate(
            "Import", "The file has no rows, only blank or comment lines.");
    glimpse.comments = source->comments();
    glimpse.decisions = source->decisions();
    glimpse.sheets = source->sheetNames();
    glimpse.numbers = source->numberFallback();
    return glimpse;
}

QStringList ImportRunner::profileNames(Workspace& workspace)
{
    QStringList names;
    for (const ColumnMapping& mapping : SavedProfiles::load(workspace))
        names << mapping.name;
    for (const auto& profile : BuiltInProfiles::create())
        names << profile->name();
    return names;
}

QString ImportRunner::recognise(
    Workspace& workspace, const QString& path, const QHash<QString, QString>& options)
{
    if (!unreadable(path).isEmpty())
        return {};
    // The same choice of profile and sheet as the import itself makes, from the head only.
    FilePass pass(path, options, knownMetrics(workspace), SavedProfiles::load(workspace));
    return pass.recognise();
}

ImportPreview ImportRunner::prepare(Workspace& workspace, const QString& path,
    const QHash<QString, QString>& options, ImportProgress* progress)
{
    ImportPreview preview;
    describeFile(preview, path, options);
    preview.error = unreadable(path);
    if (!preview.error.isEmpty())
        return preview;
    if (QFile file(path); !file.open(QIODevice::ReadOnly)) {
        preview.error = QCoreApplication::translate("Import", "The file %1 could not be read: %2")
                            .arg(path, file.errorString());
        return preview;
    }
    preview.sha256 = FileDigest::sha256(path);
    FilePass pass(path, options, knownMetrics(workspace), SavedProfiles::load(workspace));
    preview.limitDimensions = true;
    for (int attempt = 0; attempt < 2; ++attempt) {
        preview.clearRows();
        if (!pass.run(preview, nullptr, progress)) {
            preview.error = pass.cancelled() ? stoppedMessage() : pass.error;
            return preview;
        }
        if (!pass.wantsSecondPass())
            break;
    }
    preview.profileName = pass.profileName;
    preview.profileReason = pass.profileReason;
    // The preview keeps no more names than an import takes: it says so as the import would.
    if (preview.metrics().size() > BatchWriter::metricLimit)
        preview.error = BatchWriter::tooManyMetrics();
    else if (preview.tooManyDimensionsAt > 0)
        preview.error = BatchWriter::tooManyDimensions(preview.tooManyDimensionsAt);
    return preview;
}

BatchWriter::Result ImportRunner::commit(Workspace& workspace, const ImportPreview& preview,
    BatchWriter::Overlap overlap, bool force, ImportProgress* progress)
{
    QHash<QString, QString> options = preview.options;
    // The file is read as the user saw it in the preview, even if another profile would
    // also recognise it.
    if (!preview.profileName.isEmpty())
        options.insert(QStringLiteral("profile"), preview.profileName);
    if (FileDigest::sha256(preview.path) != preview.sha256) {
        // The user confirmed figures the file may no longer hold.
        BatchWriter::Result changed;
        changed.outcome = Outcome::failure(QCoreApplication::translate("Import",
            "The file %1 changed after it was previewed; nothing was imported. Open it again "
            "to see what it holds now.")
                                               .arg(preview.fileName));
        return changed;
    }
    ImportPreview summary;
    // The bytes were just hashed to compare them: the write need not hash them again.
    return write(
        workspace, preview.path, options, overlap, force, summary, progress, preview.sha256);
}

BatchWriter::Result ImportRunner::importFile(Workspace& workspace, const QString& path,
    const QHash<QString, QString>& options, BatchWriter::Overlap overlap, bool force,
    ImportPreview& summary, ImportProgress* progress)
{
    return write(workspace, path, options, overlap, force, summary, progress, QByteArray());
}

BatchWriter::Result ImportRunner::write(Workspace& workspace, const QString& path,
    const QHash<QString, QString>& options, BatchWriter::Overlap overlap, bool force,
    ImportPreview& summary, ImportProgress* progress, const QByteArray& knownSha256)
{
    summary = ImportPreview();
    describeFile(summary, path, options);
    summary.sha256 = knownSha256;
    BatchWriter::Result failed;
    summary.error = unreadable(path);
    if (!summary.error.isEmpty()) {
        failed.outcome = Outcome::failure(summary.error);
        return failed;
    }
    if (QFile file(path); !file.open(QIODevice::ReadOnly)) {
        summary.error = QCoreApplication::translate("Import", "The file %1 could not be read: %2")
                            .arg(path, file.errorString());
        failed.outcome = Outcome::failure(summary.error);
        return failed;
    }
    FilePass pass(path, options, knownMetrics(workspace), SavedProfiles::load(workspace));
    std::optional<BackgroundDigest> digest;
    if (summary.sha256.isEmpty())
        digest.emplace(path); // started once the file is read: see below
    for (int attempt = 0; attempt < 2; ++attempt) {
        ImportPhases::start();
        summary.clearRows();
        // Room for what the reader parses while the writer writes a block (about twice
        // as many rows as the block): the writer then never waits for the reader.
        SinkPipe pipe(8192, 16);
        // The reader parses on a second core while this thread writes. The summary counts
        // on the reader's side: this thread has the writing to do, and only
        // looks at the summary once the reader is done.
        std::thread reader([&] {
            TeeSink both(pipe, summary);
            pass.run(both, &pipe, progress);
            ImportPhases::mark("read");
            pipe.close();
        });
        BatchWriter writer(workspace,
            {summary.fileName, summary.sha256, QString(), overlap, force, summary.exportedOn});
        if (!writer.begin())
            pipe.abandon();
        ImportPhases::mark("begun");
        qint64 rows = 0;
        double fraction = 0;
        while (!writer.failed() && pipe.drainInto(writer, &rows, &fraction)) {
            if (progress && progress->report)
                progress->report(rows, fraction);
            if ((progress && progress->cancelled) || writer.failed())
                pipe.abandon();
        }
        pipe.abandon(); // the reader stops if the writer gave up early
        reader.join();
        ImportPhases::mark("taken in");
        // Worked out while the writer writes what waited (a file in another order than by
        // date: its whole content, on one core) instead of taking turns with the reading.
        if (digest)
            digest->start();
        summary.profileName = pass.profileName;
        summary.profileReason = pass.profileReason;
        if (writer.failed())
            return saidPlainly(writer.finish(), workspace);
        if ((progress && progress->cancelled) || !pass.error.isEmpty() || pass.cancelled()) {
            writer.abandon();
            summary.error = pass.error.isEmpty() ? stoppedMessage() : pass.error;
            failed.outcome = Outcome::failure(summary.error);
            return failed;
        }
        if (pass.wantsSecondPass() && attempt == 0) {
            writer.abandon();
            continue;
        }
        writer.setProfileName(pass.profileName);
        if (digest)
            writer.identifyBeforeCommit([&] { return summary.sha256 = digest->sha256(); });
        BatchWriter::Result result = writer.finish();
        ImportPhases::mark("committed");
        ImportPhases::report();
        return saidPlainly(std::move(result), workspace);
    }
    return failed;
}

} // namespace stuurboord
