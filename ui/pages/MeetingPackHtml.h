#pragma once

#include <QString>

namespace stuurboord {

class Workspace;

// The meeting pack for one meeting as HTML, for the preview, printing and PDF.
class MeetingPackHtml final
{
public:
    static QString build(Workspace& workspace, qint64 meetingId);
};

} // namespace stuurboord
