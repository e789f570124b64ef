#include "CommandLine.h"
#include "PackCommand.h"

#include "settings/Preferences.h"

#include "demo/DemoWorkspace.h"
#include "domain/ImportBatch.h"
#include "export/TableExport.h"
#include "import/ImportHistory.h"
#include "import/ImportRunner.h"
#include "import/RemovedImport.h"
#include "import/TextEncoding.h"
#include "kpi/BenchmarkExchange.h"
#include "storage/queries/CoveredDays.h"
#include "storage/queries/MonthCoverage.h"
#include "storage/queries/UsageQueries.h"
#include "kpi/KpiEvaluator.h"
#include "kpi/KpiReport.h"
#include "storage/TeamAddress.h"
#include "storage/TeamRoles.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceCopy.h"
#include "storage/WorkspaceBackup.h"
#include "storage/WorkspaceCheck.h"
#include "storage/WorkspaceWait.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QtMath>
#include <algorithm>

namespace stuurboord {

namespace {
const QStringList& subcommands()
{
    static const QStringList names{
        QStringLiteral("new"), QStringLiteral("demo"), QStringLiteral("check"), QStringLiteral("kpis"),
        QStringLiteral("benchmark"), QStringLiteral("metrics"), QStringLiteral("import"),
        QStringLiteral("imports"), QStringLiteral("remove-import"), QStringLiteral("backup"),
        QStringLiteral("restore"), QStringLiteral("export"), QStringLiteral("meetings"),
        QStringLiteral("copy"), QStringLiteral("team")};
    return names;
}

QList<CommandLine::Command>& registered()
{
    static QList<CommandLine::Command> commands;
    return commands;
}

const CommandLine::Command* registeredFor(const QStringList& arguments)
{
    for (const CommandLine::Command& command : registered()) {
        if (arguments.value(1) == command.name)
            return &command;
    }
    return nullptr;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine",
        "Stuurboord: steer your social intranet after go-live.\n\n"
        "Without a command it opens the application (optionally on WORKSPACE, or on the\n"
        "demo workspace with --demo).\n"
        "Commands:\n"
        "  new PATH [--name ORGANISATION]   create an empty workspace\n"
        "  demo PATH [--as-of YYYY-MM]      write the demo workspace\n"
        "  check WORKSPACE                  check a workspace and describe it\n"
        "  backup WORKSPACE DEST            write a checked copy (DEST: a file or a folder)\n"
        "  restore BACKUP WORKSPACE         put a backup in the workspace's place (the\n"
        "                                   replaced file is kept beside it)\n"
        "  copy FROM TO                     copy a workspace between a file and a team\n"
        "                                   workspace (postgresql://user@server/database),\n"
        "                                   comparing every table afterwards\n"
        "  team grant WORKSPACE USER editor|viewer|none\n"
        "                                   who may change a team workspace, who only reads\n"
        "  kpis WORKSPACE [--period P] [--json]\n"
        "                                   KPI values, targets, status and follow-up actions\n"
        "  import WORKSPACE FILE... [--dry-run] [--replace|--skip-existing] [--force] [--json]\n"
        "                                   import usage exports (one batch per file)\n"
        "  metrics WORKSPACE [--period YYYY-MM] [--metric KEY] [--json]\n"
        "                                   imported usage figures per metric and month\n"
        "  imports WORKSPACE [--json]       the import history: every batch and its figures\n"
        "  remove-import WORKSPACE ID       take an import out again; figures it replaced\n"
        "                                   come back\n"
        "  benchmark export WORKSPACE FILE  write an anonymised benchmark file for peers\n"
        "  benchmark import WORKSPACE FILE  add a peer's benchmark file to the benchmarks\n"
        "  export WORKSPACE TABLE --out FILE.csv\n"
        "                                   write a table as CSV (UTF-8, for Excel)\n"
        "  meetings WORKSPACE [--json]      the meetings and their ids, for report --meeting"));
    for (const CommandLine::Command& command : registered())
        parser.setApplicationDescription(parser.applicationDescription() + u'\n' + command.usage());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("CommandLine", "new, demo, check, or a workspace to open."),
        QStringLiteral("[command|WORKSPACE]"));
}

// How long a command waits for a workspace another process is changing (--wait).
double& waitSeconds()
{
    static double seconds = 0;
    return seconds;
}

OpenResult openWaiting(const QString& path, Workspace::OpenOptions options)
{
    OpenResult opened = Workspace::open(path, options);
    if (!WorkspaceWait::isBusy(opened) || waitSeconds() <= 0)
        return opened;
    err() << opened.message << Qt::endl
          << QCoreApplication::translate("CommandLine", "Waiting up to %n second(s) for it to be free…",
                 nullptr, qCeil(waitSeconds()))
          << Qt::endl;
    return WorkspaceWait::open(path, options, waitSeconds());
}

// A busy workspace gets its own exit code: a script can try again later.
int cannotOpen(const OpenResult& opened)
{
    err() << opened.message << Qt::endl;
    if (!WorkspaceWait::isBusy(opened))
        return CommandLine::Problem;
    err() << QCoreApplication::translate("CommandLine",
                 "Try again when it is done, or add --wait SECONDS to wait for it.")
          << Qt::endl;
    return CommandLine::Busy;
}

int usageError(const QString& message)
{
    err() << message << Qt::endl
          << QCoreApplication::translate("CommandLine", "Run “stuurboord --help” for the usage.")
          << Qt::endl;
    return CommandLine::UsageError;
}

int runNew(const QStringList& positional, const QString& name)
{
    if (positional.size() != 2)
        return usageError(QCoreApplication::translate(
            "CommandLine", "Usage: stuurboord new PATH [--name ORGANISATION]"));
    const QString organisation
        = name.isEmpty() ? QCoreApplication::translate("CommandLine", "My organisation") : name;
    OpenResult result
        = Workspace::create(positional.at(1), organisation, false, &Preferences::applyToNewWorkspace);
    if (!result.ok()) {
        err() << result.message << Qt::endl;
        return CommandLine::Problem;
    }
    out() << QCoreApplication::translate("CommandLine", "Created workspace %1 for %2.")
                 .arg(result.workspace->path(), organisation)
          << Qt::endl;
    return CommandLine::Ok;
}

int runDemo(const QStringList& positional, const QString& asOf)
{
    if (positional.size() != 2)
        return usageError(QCoreApplication::translate(
            "CommandLine", "Usage: stuurboord demo PATH [--as-of YYYY-MM]"));
    QDate lastMonth = QDate::currentDate().addMonths(-1);
    if (!asOf.isEmpty()) {
        lastMonth = QDate::fromString(asOf + QStringLiteral("-01"), Qt::ISODate);
        if (!lastMonth.isValid())
            return usageError(QCoreApplication::translate(
                "CommandLine", "--as-of needs a month such as 2026-10."));
    }
    const Outcome outcome = DemoWorkspace::write(positional.at(1), lastMonth);
    if (!outcome) {
        err() << outcome.message() << Qt::endl;
        return CommandLine::Problem;
    }
    out() << QCoreApplication::translate(
        "CommandLine", "Wrote the demo workspace to %1 (usage data up to %2).")
                 .arg(positional.at(1), lastMonth.toString(QStringLiteral("yyyy-MM")))
          << Qt::endl;
    return CommandLine::Ok;
}

int runCheck(const QStringList& positional)
{
    if (positional.size() != 2)
        return usageError(
            QCoreApplication::translate("CommandLine", "Usage: stuurboord check WORKSPACE"));
    const WorkspaceCheck check = WorkspaceCheck::run(positional.at(1));
    QTextStream& stream = check.isHealthy() ? out() : err();
    for (const QString& line : check.lines())
        stream << line << Qt::endl;
    return check.isHealthy() ? CommandLine::Ok : CommandLine::Problem;
}
int runBackup(const QStringList& positional)
{
    if (positional.size() != 3)
        return usageError(QCoreApplication::translate("CommandLine", "Usage: stuurboord backup WORKSPACE DEST"));
    QString written;
    if (const Outcome outcome = WorkspaceBackup::backUp(positional.at(1), positional.at(2), &written); !outcome) {
        err() << outcome.message() << Qt::endl;
        return CommandLine::Problem;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote a checked backup to %1.").arg(written) << Qt::endl;
    return CommandLine::Ok;
}

int runRestore(const QStringList& positional)
{
    if (positional.size() != 3)
        return usageError(QCoreApplication::translate("CommandLine", "Usage: stuurboord restore BACKUP WORKSPACE"));
    QString kept;
    if (const Outcome outcome = WorkspaceBackup::restore(positional.at(1), positional.at(2), &kept); !outcome) {
        err() << outcome.message() << Qt::endl;
        return CommandLine::Problem;
    }
    out() << QCoreApplication::translate("CommandLine", "Restored %1 from %2.").arg(positional.at(2), positional.at(1)) << Qt::endl;
    if (!kept.isEmpty())
        out() << QCoreApplication::translate("CommandLine", "The file it replaced is kept as %1.").arg(kept) << Qt::endl;
    return CommandLine::Ok;
}

// A workspace as the terminal may show it: a team workspace's address without its password.
QString shownAddress(const QString& workspace)
{
    return TeamAddress::looksLike(workspace) ? TeamAddress::parse(workspace).display() : workspace;
}

int runCopy(const QStringList& positional)
{
    if (positional.size() != 3)
        return usageError(QCoreApplication::translate("CommandLine", "Usage: stuurboord copy FROM TO"));
    const WorkspaceCopy::Result copied = WorkspaceCopy::copy(positional.at(1), positional.at(2),
        [](const QString& table, qint64 rows) {
            if (rows >= 65536) {
                err() << QCoreApplication::translate("CommandLine", "%1: %L2 rows…").arg(table).arg(rows)
                      << Qt::endl;
            }
        });
    if (!copied.tables.isEmpty()) {
        QTextStream& stream = copied.outcome ? out() : err();
        stream << QCoreApplication::translate("CommandLine", "Table                    Rows      Rows in copy  Checksum                          Same")
               << Qt::endl;
        for (const WorkspaceCopy::Table& table : copied.tables) {
            const bool same = table.source == table.target;
            stream << QStringLiteral("%1 %2 %3  %4  %5")
                          .arg(table.name.leftJustified(24), QString::number(table.source.rows).rightJustified(9),
                              QString::number(table.target.rows).rightJustified(13),
                              table.source.checksum.leftJustified(32),
                              same ? QCoreApplication::translate("CommandLine", "yes")
                                   : QCoreApplication::translate("CommandLine", "NO"))
                   << Qt::endl;
        }
    }
    if (!copied.outcome) {
        err() << copied.outcome.message() << Qt::endl;
        return CommandLine::Problem;
    }
    out() << QCoreApplication::translate("CommandLine",
                 "Copied %1 to %2: %L3 rows in %4 tables, each table the same in both.")
                 .arg(shownAddress(positional.at(1)), shownAddress(positional.at(2)))
                 .arg(copied.rows())
                 .arg(copied.tables.size())
          << Qt::endl;
    return CommandLine::Ok;
}

int runTeam(const QStringList& positional)
{
    TeamRoles::Role role = TeamRoles::Role::None;
    if (positional.size() != 5 || positional.at(1) != u"grant" || !TeamRoles::roleFromText(positional.at(4), &role)) {
        return usageError(QCoreApplication::translate("CommandLine",
            "Usage: stuurboord team grant WORKSPACE USER editor|viewer|none"));
    }
    OpenResult opened = openWaiting(positional.at(2), {});
    if (!opened.ok())
        return cannotOpen(opened);
    if (const Outcome granted = TeamRoles::grant(*opened.workspace, positional.at(3), role); !granted) {
        err() << granted.message() << Qt::endl;
        return CommandLine::Problem;
    }
    out() << (role == TeamRoles::Role::Editor ? QCoreApplication::translate("CommandLine", "%1 can now change %2.")
                 : role == TeamRoles::Role::Viewer ? QCoreApplication::translate("CommandLine", "%1 can now read %2, not change it.")
                                                   : QCoreApplication::translate("CommandLine", "%1 is no longer an editor or viewer of %2."))
                 .arg(positional.at(3), opened.workspace->path())
          << Qt::endl;
    return CommandLine::Ok;
}

// A list for one line of the terminal: the first names and how many more there are.
QString someOf(const QStringList& names)
{
    constexpr qsizetype shown = 20;
    if (names.size() <= shown)
        return names.join(u", ");
    return QCoreApplication::translate("CommandLine", "%1 and %2 more")
        .arg(names.first(shown).join(u", "), QLocale().toString(names.size() - shown));
}

// Rejected or left-out rows as [{"line", "reason"}].
QJsonArray describeRows(const QList<RejectedRow>& rows)
{
    QJsonArray array;
    for (const RejectedRow& row : rows)
        array.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
    return array;
}

QJsonObject describeImport(const ImportPreview& preview, const BatchWriter::Result* written)
{
    QJsonObject object{{QStringLiteral("file"), preview.fileName},
                       {QStringLiteral("profile"), preview.profileName},
                       {QStringLiteral("reason"), preview.profileReason},
                       {QStringLiteral("decisions"), QJsonArray::fromStringList(preview.decisions)},
                       {QStringLiteral("rows_read"), preview.rowsRead},
                       {QStringLiteral("figures"), preview.figureCount},
                       {QStringLiteral("rows_rejected"), preview.rejectedCount},
                       {QStringLiteral("rejected"), describeRows(preview.rejected)},
                       {QStringLiteral("rows_left_out"), preview.leftOutCount},
                       {QStringLiteral("left_out"), describeRows(preview.leftOut)},
                       {QStringLiteral("metrics"), QJsonArray::fromStringList(preview.metrics())},
                       {QStringLiteral("periods"), QJsonArray::fromStringList(preview.months())},
                       {QStringLiteral("incomplete"), QJsonArray::fromStringList(preview.incompleteMonths())}};
    if (!preview.ok())
        object.insert(QStringLiteral("error"), preview.error);
    if (written) {
        object.insert(QStringLiteral("written"), written->written);
        object.insert(QStringLiteral("replaced"), written->replaced);
        object.insert(QStringLiteral("skipped"), written->skipped);
        if (!written->outcome)
            object.insert(QStringLiteral("error"), written->outcome.message());
        if (!written->overlaps.isEmpty())
            object.insert(QStringLiteral("overlaps"), QJsonArray::fromStringList(written->overlaps));
        if (!written->completed.isEmpty())
            object.insert(QStringLiteral("completed"), QJsonArray::fromStringList(written->completed));
    }
    return object;
}

void printImport(const QString& path, const ImportPreview& preview, const BatchWriter::Result& result, bool dryRun)
{
    out() << QCoreApplication::translate("CommandLine", "File: %1").arg(path) << Qt::endl;
    if (!preview.ok()) {
        err() << "  " << preview.error << Qt::endl;
        return;
    }
    out() << "  " << QCoreApplication::translate("CommandLine", "Profile: %1 (%2)").arg(preview.profileName, preview.profileReason)
          << Qt::endl;
    for (const QString& decision : preview.decisions)
        out() << "  " << decision << Qt::endl;
    out() << "  "
          << QCoreApplication::translate("CommandLine", "Rows read: %1; figures: %2; rows rejected: %3")
                 .arg(preview.rowsRead)
                 .arg(preview.figureCount)
                 .arg(preview.rejectedCount)
          << Qt::endl;
    for (const RejectedRow& row : preview.rejected)
        out() << "    " << QCoreApplication::translate("CommandLine", "line %1: %2").arg(row.line).arg(row.reason) << Qt::endl;
    if (preview.rejectedCount > preview.rejected.size())
        out() << "    "
              << QCoreApplication::translate("CommandLine", "… and %1 more rejected rows")
                     .arg(preview.rejectedCount - preview.rejected.size())
              << Qt::endl;
    for (const RejectedRow& row : preview.leftOut)
        out() << "    " << QCoreApplication::translate("CommandLine", "line %1 left out: %2").arg(row.line).arg(row.reason) << Qt::endl;
    out() << "  " << QCoreApplication::translate("CommandLine", "Metrics: %1").arg(someOf(preview.metrics())) << Qt::endl;
    const QStringList months = preview.months();
    if (!months.isEmpty())
        out() << "  " << QCoreApplication::translate("CommandLine", "Periods: %1 to %2").arg(months.first(), months.last()) << Qt::endl;
    for (const QString& incomplete : preview.incompleteMonths())
        out() << "  " << incomplete << Qt::endl;
    if (dryRun) {
        out() << "  " << QCoreApplication::translate("CommandLine", "Dry run: nothing was written.") << Qt::endl;
    } else if (!result.outcome) {
        err() << "  " << result.outcome.message() << Qt::endl;
        for (const QString& overlapping : result.overlaps.mid(0, 10))
            err() << "    " << overlapping << Qt::endl;
    } else {
        out() << "  "
              << QCoreApplication::translate("CommandLine", "Written: %1 figures (%2 replaced, %3 skipped).")
                     .arg(result.written)
                     .arg(result.replaced)
                     .arg(result.skipped)
              << Qt::endl;
        if (!result.completed.isEmpty())
            out() << "  "
                  << QCoreApplication::translate("CommandLine", "Partial months completed (their earlier figures replaced): %1")
                         .arg(result.completed.join(QStringLiteral(", ")))
                  << Qt::endl;
    }
}

int runImport(const QStringList& positional, const QHash<QString, QString>& options, bool dryRun,
    BatchWriter::Overlap overlap, bool force, bool json)
{
    if (positional.size() < 3) {
        return usageError(QCoreApplication::translate("CommandLine",
            "Usage: stuurboord import WORKSPACE FILE... [--profile NAME] [--period YYYY-MM] [--table N] "
            "[--sheet NAME] [--dry-run] [--replace|--skip-existing] [--force] [--json]"));
    }
    OpenResult opened = openWaiting(positional.at(1), Workspace::OpenOptions{false, dryRun});
    if (!opened.ok())
        return cannotOpen(opened);
    bool allClean = true;
    QJsonArray reports;
    for (const QString& path : positional.mid(2)) {
        ImportPreview preview;
        BatchWriter::Result result;
        if (dryRun)
            preview = ImportRunner::prepare(*opened.workspace, path, options);
        else
            result = ImportRunner::importFile(*opened.workspace, path, options, overlap, force, preview);
        allClean = allClean && preview.ok() && preview.rejectedCount == 0 && (dryRun || result.outcome);
        if (json)
            reports.append(describeImport(preview, dryRun ? nullptr : &result));
        else
            printImport(path, preview, result, dryRun);
    }
    if (json)
        out() << QJsonDocument(reports).toJson(QJsonDocument::Indented);
    return allClean ? CommandLine::Ok : CommandLine::Problem;
}

int runMetrics(const QStringList& positional, const QString& month, const QString& metric, bool json)
{
    if (positional.size() != 2) {
        return usageError(QCoreApplication::translate(
            "CommandLine", "Usage: stuurboord metrics WORKSPACE [--period YYYY-MM] [--metric KEY] [--json]"));
    }
    if (!month.isEmpty() && Period::parse(month).kind() != Period::Kind::Month)
        return usageError(QCoreApplication::translate("CommandLine", "--period needs a month such as 2026-03 here."));
    OpenResult opened = openWaiting(positional.at(1), Workspace::OpenOptions{false, true});
    if (!opened.ok())
        return cannotOpen(opened);
    const QList<UsageQueries::MonthValue> values = UsageQueries(opened.workspace->database()).monthValues(metric, month);
    const QHash<MonthCoverage::MetricMonth, quint32> incomplete = MonthCoverage(opened.workspace->database()).incompleteMonths();
    if (json) {
        QJsonArray array;
        for (const UsageQueries::MonthValue& value : values) {
            QJsonObject object{{QStringLiteral("metric"), value.metric},
                               {QStringLiteral("period"), value.month},
                               {QStringLiteral("value"), value.value},
                               {QStringLiteral("complete"), !incomplete.contains({value.metric, value.month})}};
            if (!value.dimension.isEmpty())
                object.insert(QStringLiteral("dimension"), value.dimension);
            array.append(object);
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return CommandLine::Ok;
    }
    out() << QStringLiteral("%1  %2  %3  %4")
                 .arg(QCoreApplication::translate("CommandLine", "Metric"), -28)
                 .arg(QCoreApplication::translate("CommandLine", "Month"), -8)
                 .arg(QCoreApplication::translate("CommandLine", "Value"), 14)
                 .arg(QCoreApplication::translate("CommandLine", "Dimension"))
          << Qt::endl;
    for (const UsageQueries::MonthValue& value : values) {
        const auto partial = incomplete.constFind({value.metric, value.month});
        out() << QStringLiteral("%1  %2  %3  %4").arg(value.metric, -28).arg(value.month, -8).arg(value.value, 14, 'f', 1).arg(value.dimension);
        if (partial != incomplete.cend())
            out() << "  " << QCoreApplication::translate("CommandLine", "(incomplete: %1)").arg(CoveredDays::listed(value.month, *partial));
        out() << Qt::endl;
    }
    return CommandLine::Ok;
}

int runImports(const QStringList& positional, bool json)
{
    if (positional.size() != 2)
        return usageError(QCoreApplication::translate("CommandLine", "Usage: stuurboord imports WORKSPACE [--json]"));
    OpenResult opened = openWaiting(positional.at(1), Workspace::OpenOptions{false, true});
    if (!opened.ok())
        return cannotOpen(opened);
    Workspace& workspace = *opened.workspace;
    QJsonArray array;
    const QHash<qint64, qint64> figureCounts = ImportHistory::figureCounts(workspace);
    for (const ImportBatch& batch : workspace.repository<ImportBatch>().all()) {
        const qint64 figures = figureCounts.value(batch.id);
        const qint64 replaced = ImportHistory::replacedCount(workspace, batch.id);
        if (json) {
            array.append(QJsonObject{{QStringLiteral("id"), batch.id},
                                     {QStringLiteral("file"), batch.fileName},
                                     {QStringLiteral("profile"), batch.profileName},
                                     {QStringLiteral("imported_at"), batch.importedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("rows_read"), batch.rowsRead},
                                     {QStringLiteral("rows_kept"), batch.rowsKept},
                                     {QStringLiteral("rows_rejected"), batch.rowsRejected},
                                     {QStringLiteral("first_period"), batch.firstPeriod},
                                     {QStringLiteral("last_period"), batch.lastPeriod},
                                     {QStringLiteral("figures"), figures},
                                     {QStringLiteral("replaced"), replaced}});
            continue;
        }
        out() << QCoreApplication::translate("CommandLine", "%1  %2  %3 (%4)")
                     .arg(batch.id, 4)
                     .arg(batch.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), batch.fileName,
                          batch.profileName)
              << Qt::endl
              << "      "
              << QCoreApplication::translate("CommandLine", "%1 to %2; %3 figures; %4 earlier figures replaced")
                     .arg(batch.firstPeriod, batch.lastPeriod)
                     .arg(figures)
                     .arg(replaced)
              << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return CommandLine::Ok;
}

int runRemoveImport(const QStringList& positional)
{
    bool isNumber = false;
    const qint64 batchId = positional.value(2).toLongLong(&isNumber);
    if (positional.size() != 3 || !isNumber)
        return usageError(QCoreApplication::translate("CommandLine", "Usage: stuurboord remove-import WORKSPACE ID (see “stuurboord imports”)"));
    OpenResult opened = openWaiting(positional.at(1), {});
    if (!opened.ok())
        return cannotOpen(opened);
    RemovedImport removed;
    if (const Outcome outcome = ImportHistory::remove(*opened.workspace, batchId, removed); !outcome) {
        err() << outcome.message() << Qt::endl;
        return CommandLine::Problem;
    }
    out() << QCoreApplication::translate("CommandLine", "Removed import %1: %2 figures taken out, %3 earlier figures back.")
                 .arg(batchId)
                 .arg(removed.figureCount())
                 .arg(removed.putBackCount())
          << Qt::endl;
    return CommandLine::Ok;
}

int runBenchmark(const QStringList& positional)
{
    const QString direction = positional.value(1);
    if (positional.size() != 4 || (direction != u"export" && direction != u"import"))
        return usageError(QCoreApplication::translate("CommandLine", "Usage: stuurboord benchmark export|import WORKSPACE FILE"));
    OpenResult opened = openWaiting(positional.at(2), Workspace::OpenOptions{false, direction == u"export"});
    if (!opened.ok())
        return cannotOpen(opened);
    if (direction == u"export") {
        const Outcome exported = BenchmarkExchange::exportTo(*opened.workspace, positional.at(3));
        if (!exported) {
            err() << exported.message() << Qt::endl;
            return CommandLine::Problem;
        }
        out() << QCoreApplication::translate("CommandLine", "Wrote the anonymised benchmark file %1.").arg(positional.at(3))
              << Qt::endl;
        return CommandLine::Ok;
    }
    const BenchmarkExchange::ImportResult imported = BenchmarkExchange::importFrom(*opened.workspace, positional.at(3));
    if (!imported.outcome) {
        err() << imported.outcome.message() << Qt::endl;
        return CommandLine::Problem;
    }
    out() << QCoreApplication::translate("CommandLine", "Added %1 benchmark values; %2 were already there.")
                 .arg(imported.added)
                 .arg(imported.skipped)
          << Qt::endl;
    return imported.added > 0 ? CommandLine::Ok : CommandLine::Problem;
}

int runExport(const QStringList& positional, const QString& outPath)
{
    const QStringList tables = TableExport::tableNames();
    if (positional.size() != 3 || outPath.isEmpty() || !tables.contains(positional.at(2))) {
        QString message = QCoreApplication::translate(
            "CommandLine", "Usage: stuurboord export WORKSPACE TABLE --out FILE.csv");
        if (positional.size() == 3 && !tables.contains(positional.at(2)))
            message.prepend(QCoreApplication::translate("CommandLine", "Unknown table “%1”.")
                                .arg(positional.at(2))
                + QLatin1Char('\n'));
        return usageError(message + QLatin1Char('\n')
            + QCoreApplication::translate("CommandLine", "TABLE is one of: %1").arg(tables.join(u", ")));
    }
    OpenResult opened = openWaiting(positional.at(1), Workspace::OpenOptions{false, true});
    if (!opened.ok())
        return cannotOpen(opened);
    qint64 rows = 0;
    if (const Outcome written = TableExport::write(*opened.workspace, positional.at(2), outPath, &rows); !written) {
        err() << written.message() << Qt::endl;
        return CommandLine::Problem;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote %n rows of %1 to %2.", nullptr, int(rows))
                 .arg(positional.at(2), outPath)
          << Qt::endl;
    return CommandLine::Ok;
}

int runKpis(const QStringList& positional, const QString& periodText, bool json)
{
    if (positional.size() != 2)
        return usageError(QCoreApplication::translate("CommandLine", "Usage: stuurboord kpis WORKSPACE [--period P] [--json]"));
    const Period period = Period::parse(periodText);
    if (!periodText.isEmpty() && !period.isValid()) {
        return usageError(QCoreApplication::translate(
            "CommandLine", "--period needs a period such as 2026-03, 2026-Q1, 2026-H2 or 2026."));
    }
    OpenResult opened = openWaiting(positional.at(1), Workspace::OpenOptions{false, true});
    if (!opened.ok())
        return cannotOpen(opened);
    const KpiEvaluator evaluator(*opened.workspace);
    const QList<KpiReport::Row> rows = KpiReport::build(*opened.workspace, evaluator, period);
    if (json)
        out() << QJsonDocument(KpiReport::toJson(rows)).toJson(QJsonDocument::Indented);
    else
        out() << KpiReport::toText(rows) << Qt::endl;
    return CommandLine::Ok;
}
} // namespace

void CommandLine::add(const Command& command)
{
    registered() << command;
}

bool CommandLine::paints(const QStringList& arguments)
{
    const Command* command = registeredFor(arguments);
    return command && command->paints;
}

bool CommandLine::isConsoleCommand(const QStringList& arguments)
{
    if (registeredFor(arguments))
        return true;
    if (arguments.size() > 1 && subcommands().contains(arguments.at(1)))
        return true;
    // The GUI takes at most one workspace; more words are a mistyped command.
    if (std::count_if(arguments.cbegin() + 1, arguments.cend(), [](const QString& a) { return !a.startsWith(u'-'); }) > 1)
        return true;
    for (const QString& argument : arguments.mid(1)) {
        if (argument == u"-h" || argument == u"--help" || argument == u"--help-all"
            || argument == u"-v" || argument == u"--version")
            return true;
    }
    return false;
}

QString CommandLine::workspaceArgument(const QStringList& arguments)
{
    for (const QString& argument : arguments.mid(1)) {
        if (!argument.startsWith(u'-'))
            return argument;
    }
    return {};
}

int CommandLine::run(const QStringList& arguments)
{
    // These read their own options (--meeting, --lang, ...) that no other command takes.
    if (const Command* command = registeredFor(arguments))
        return command->run(arguments);
    if (arguments.value(1) == u"meetings")
        return PackCommand::runMeetings(arguments);
    QCommandLineParser parser;
    describe(parser);
    const QCommandLineOption nameOption(QStringLiteral("name"),
        QCoreApplication::translate("CommandLine", "Organisation name for a new workspace."),
        QCoreApplication::translate("CommandLine", "ORGANISATION"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
        QCoreApplication::translate("CommandLine", "Last month of demo usage data."),
        QStringLiteral("YYYY-MM"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
        QCoreApplication::translate("CommandLine", "Only this period (YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY)."),
        QStringLiteral("P"));
    const QCommandLineOption metricOption(QStringLiteral("metric"),
        QCoreApplication::translate("CommandLine", "Only this metric (its key, e.g. page_views)."), QStringLiteral("KEY"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
        QCoreApplication::translate("CommandLine", "Show what an import would do without writing anything."));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
        QCoreApplication::translate("CommandLine", "Replace figures already in the workspace for the same metric and month."));
    const QCommandLineOption skipOption(QStringLiteral("skip-existing"),
        QCoreApplication::translate("CommandLine", "Keep figures already in the workspace; skip those rows."));
    const QCommandLineOption forceOption(QStringLiteral("force"),
        QCoreApplication::translate("CommandLine", "Import a file again even though these exact bytes were imported before."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("CommandLine", "Print JSON instead of a table."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QCoreApplication::translate("CommandLine", "Read the file with this import profile instead of recognising one."),
        QCoreApplication::translate("CommandLine", "NAME"));
    const QCommandLineOption tableOption(QStringLiteral("table"),
        QCoreApplication::translate("CommandLine", "Which table of a file with several tables to import (1, 2, …)."),
        QStringLiteral("N"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
        QCoreApplication::translate("CommandLine", "Which sheet of an Excel workbook to import."),
        QCoreApplication::translate("CommandLine", "NAME"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
        QCoreApplication::translate("CommandLine", "The text encoding of the file (UTF-8, UTF-16LE, UTF-16BE, Windows-1252) when detection is wrong."),
        QCoreApplication::translate("CommandLine", "ENCODING"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("CommandLine", "The CSV file to write (export)."), QStringLiteral("FILE.csv"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine", "Open the application with the demo workspace."));
    const QCommandLineOption waitOption(QStringLiteral("wait"),
        QCoreApplication::translate("CommandLine", "When another program is changing the workspace, wait up to this many seconds for it."),
        QCoreApplication::translate("CommandLine", "SECONDS"));
    parser.addOption(waitOption);
    parser.addOptions({nameOption, asOfOption, periodOption, metricOption, dryRunOption, replaceOption, skipOption,
                       forceOption, jsonOption, demoOption, outOption, profileOption, tableOption, sheetOption, encodingOption});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << QLatin1Char(' ')
              << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }
    if (parser.isSet(waitOption)) {
        bool number = false;
        waitSeconds() = parser.value(waitOption).toDouble(&number);
        if (!number || waitSeconds() < 0)
            return usageError(QCoreApplication::translate("CommandLine", "--wait needs a number of seconds, such as 60."));
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == u"new")
        return runNew(positional, parser.value(nameOption));
    if (command == u"demo")
        return runDemo(positional, parser.value(asOfOption));
    if (command == u"check")
        return runCheck(positional);
    if (command == u"backup")
        return runBackup(positional);
    if (command == u"copy")
        return runCopy(positional);
    if (command == u"team")
        return runTeam(positional);
    if (command == u"restore")
        return runRestore(positional);
    if (command == u"import") {
        if (parser.isSet(replaceOption) && parser.isSet(skipOption))
            return usageError(QCoreApplication::translate("CommandLine", "Choose either --replace or --skip-existing."));
        const BatchWriter::Overlap overlap = parser.isSet(replaceOption) ? BatchWriter::Overlap::Replace
            : parser.isSet(skipOption)                                   ? BatchWriter::Overlap::Skip
                                                                         : BatchWriter::Overlap::Ask;
        QHash<QString, QString> options;
        for (const QCommandLineOption* option : {&profileOption, &periodOption, &tableOption, &sheetOption, &encodingOption}) {
            if (parser.isSet(*option))
                options.insert(option->names().constFirst(), parser.value(*option));
        }
        if (options.contains(QStringLiteral("encoding")) && !encodingFromName(options.value(QStringLiteral("encoding"))))
            return usageError(QCoreApplication::translate("CommandLine", "Unknown encoding “%1”; use UTF-8, UTF-16LE, UTF-16BE or Windows-1252.")
                                  .arg(options.value(QStringLiteral("encoding"))));
        return runImport(positional, options, parser.isSet(dryRunOption), overlap, parser.isSet(forceOption), parser.isSet(jsonOption));
    }
    if (command == u"metrics")
        return runMetrics(positional, parser.value(periodOption), parser.value(metricOption), parser.isSet(jsonOption));
    if (command == u"imports")
        return runImports(positional, parser.isSet(jsonOption));
    if (command == u"remove-import")
        return runRemoveImport(positional);
    if (command == u"benchmark")
        return runBenchmark(positional);
    if (command == u"export")
        return runExport(positional, parser.value(outOption));
    if (command == u"kpis")
        return runKpis(positional, parser.value(periodOption), parser.isSet(jsonOption));
    return usageError(
        QCoreApplication::translate("CommandLine", "Unknown command “%1”.").arg(command));
}

} // namespace stuurboord
