#include "PackCommand.h"

#include "CommandLine.h"
#include "domain/Meeting.h"
#include "domain/MeetingSeries.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>

namespace stuurboord {

QString PackCommand::reportUsage()
{
    return QCoreApplication::translate("PackCommand", "Usage: stuurboord report WORKSPACE --out FILE.pdf [--meeting ID | --as-of YYYY-MM-DD] [--lang nl|en] "
              "[--sections LIST]");
}

CommandLine::Command PackCommand::reportCommand(std::function<int(const QStringList&)> run)
{
    return {QStringLiteral("report"), [] {
                return QCoreApplication::translate("ReportCommand",
                    "  report WORKSPACE --out FILE.pdf [--meeting ID | --as-of YYYY-MM-DD]\n"
                    "         [--lang nl|en] [--sections LIST]\n"
                    "                                   write the meeting pack as PDF (sections: summary,\n"
                    "                                   kpis, charts, usage, followups, goals, decisions,\n"
                    "                                   budget, backlog, trends, upcoming)");
            },
        true, std::move(run)};
}

std::optional<PackCommand::Report> PackCommand::parseReport(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("PackCommand", "The PDF file to write."), QStringLiteral("FILE.pdf"));
    const QCommandLineOption meeting(QStringLiteral("meeting"), QCoreApplication::translate("PackCommand", "The meeting (see “stuurboord meetings”)."), QStringLiteral("ID"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QCoreApplication::translate("PackCommand", "A pack for a date without a meeting."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption lang(QStringLiteral("lang"), QCoreApplication::translate("PackCommand", "nl or en; the organisation's report language by default."),
        QStringLiteral("nl|en"));
    const QCommandLineOption sections(QStringLiteral("sections"), QCoreApplication::translate("PackCommand", "Only these sections, comma-separated."), QStringLiteral("LIST"));
    parser.addOptions({out, meeting, asOf, lang, sections});
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message + u'\n' + reportUsage();
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(positional.size() < 2 ? QCoreApplication::translate("PackCommand", "Name the workspace.") : QCoreApplication::translate("PackCommand", "Too many arguments: %1.").arg(positional.mid(2).join(u' ')));
    Report report;
    report.workspace = positional.at(1);
    report.out = parser.value(out);
    if (report.out.isEmpty())
        return fail(QCoreApplication::translate("PackCommand", "Name the PDF file to write with --out."));
    if (parser.isSet(meeting) && parser.isSet(asOf))
        return fail(QCoreApplication::translate("PackCommand", "Choose either --meeting or --as-of."));
    if (parser.isSet(meeting)) {
        bool number = false;
        report.request.meetingId = parser.value(meeting).toLongLong(&number);
        if (!number || report.request.meetingId <= 0)
            return fail(QCoreApplication::translate("PackCommand", "--meeting needs a meeting id, a number such as 8 (see “stuurboord meetings”)."));
    }
    if (parser.isSet(asOf)) {
        report.request.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!report.request.asOf.isValid())
            return fail(QCoreApplication::translate("PackCommand", "--as-of needs a date such as 2026-12-24."));
    }
    if (parser.isSet(lang)) {
        report.request.language = parser.value(lang).toLower();
        if (report.request.language != u"nl" && report.request.language != u"en")
            return fail(QCoreApplication::translate("PackCommand", "--lang is nl (Dutch) or en (English)."));
    }
    if (parser.isSet(sections)) {
        QString problem;
        const std::optional<QList<PackSection>> chosen = PackSections::parse(parser.value(sections), &problem);
        if (!chosen)
            return fail(problem);
        report.request.sections = *chosen;
    }
    return report;
}

int PackCommand::runMeetings(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("PackCommand", "Print JSON instead of a table."));
    parser.addOption(json);
    if (!parser.parse(arguments) || parser.positionalArguments().size() != 2) {
        err << (parser.errorText().isEmpty() ? QString() : parser.errorText() + u'\n')
            << QCoreApplication::translate("PackCommand", "Usage: stuurboord meetings WORKSPACE [--json]") << Qt::endl;
        return CommandLine::UsageError;
    }
    OpenResult opened = Workspace::open(parser.positionalArguments().at(1), Workspace::OpenOptions{false, true});
    if (!opened.ok()) {
        err << opened.message << Qt::endl;
        return CommandLine::Problem;
    }
    QList<Meeting> meetings = opened.workspace->repository<Meeting>().all();
    std::sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& b) { return a.date < b.date; });
    QJsonArray array;
    for (const Meeting& meeting : std::as_const(meetings)) {
        const std::optional<MeetingSeries> series = opened.workspace->repository<MeetingSeries>().get(meeting.seriesId);
        if (parser.isSet(json)) {
            array.append(QJsonObject{{QStringLiteral("id"), meeting.id}, {QStringLiteral("date"), meeting.date.toString(Qt::ISODate)},
                {QStringLiteral("title"), meeting.title}, {QStringLiteral("series"), series ? series->title : QString()},
                {QStringLiteral("location"), meeting.location}});
            continue;
        }
        out << QStringLiteral("%1  %2  %3").arg(meeting.id, 4).arg(meeting.date.toString(Qt::ISODate), meeting.title) << Qt::endl;
    }
    if (parser.isSet(json))
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else if (meetings.isEmpty())
        out << QCoreApplication::translate("PackCommand", "This workspace has no meetings yet.") << Qt::endl;
    return CommandLine::Ok;
}

} // namespace stuurboord
