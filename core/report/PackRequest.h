#pragma once

#include "PackSection.h"

#include <QDate>
#include <QList>
#include <QString>

namespace stuurboord {

// What pack to make: for a meeting (its date is the as-of date) or for a date without a
// meeting, in a language ("nl", "en", or empty for the organisation's report language),
// with the chosen sections.
struct PackRequest
{
    qint64 meetingId = 0;
    QDate asOf; // used when meetingId is 0; the clock's today when invalid
    QString language;
    QList<PackSection> sections = PackSections::all();
};

} // namespace stuurboord
