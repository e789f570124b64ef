#pragma once

#include "CommandLine.h"
#include "report/PackRequest.h"

#include <QStringList>
#include <optional>

namespace stuurboord {

// The command line of the meeting pack: `stuurboord meetings` (runs here, in core) and the
// arguments of `stuurboord report`, checked here so that ui only has to paint.
class PackCommand final
{
public:
    struct Report
    {
        QString workspace;
        QString out;
        PackRequest request;
    };
    // Nullopt and a message a user can act on when the arguments are wrong.
    static std::optional<Report> parseReport(const QStringList& arguments, QString* error);
    static QString reportUsage();
    // `report` as CommandLine lists and runs it. The window program paints the pack with
    // `run`; the command-line program, which has no painter, hands the command over to it.
    static CommandLine::Command reportCommand(std::function<int(const QStringList&)> run);
    static int runMeetings(const QStringList& arguments);
};

} // namespace stuurboord
