#include "ReportCommand.h"

#include "PackPdf.h"
#include "cli/CommandLine.h"
#include "cli/PackCommand.h"
#include "report/MeetingPack.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace stuurboord {

void ReportCommand::registerCommand()
{
    CommandLine::add(PackCommand::reportCommand(&ReportCommand::run));
}

int ReportCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString problem;
    const std::optional<PackCommand::Report> report = PackCommand::parseReport(arguments, &problem);
    if (!report) {
        err << problem << Qt::endl;
        return CommandLine::UsageError;
    }
    OpenResult opened = Workspace::open(report->workspace, Workspace::OpenOptions{false, true});
    if (!opened.ok()) {
        err << opened.message << Qt::endl;
        return CommandLine::Problem;
    }
    const std::optional<MeetingPack> pack = MeetingPack::build(*opened.workspace, report->request, &problem);
    if (!pack) {
        err << problem << Qt::endl;
        return CommandLine::Problem;
    }
    int pages = 0;
    if (const Outcome written = PackPdf::write(*pack, report->out, &pages); !written) {
        err << written.message() << Qt::endl;
        return CommandLine::Problem;
    }
    out << QCoreApplication::translate("ReportCommand", "Wrote %1 (%n pages): %2.", nullptr, pages).arg(report->out, pack->documentTitle)
        << Qt::endl;
    return CommandLine::Ok;
}

} // namespace stuurboord
