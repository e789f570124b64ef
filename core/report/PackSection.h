#pragma once

#include "model/EnumSpec.h"

#include <QList>
#include <optional>

namespace stuurboord {

// The parts of a meeting pack a coordinator can leave out, in the order they appear. The
// keys are what `stuurboord report --sections` takes.
enum class PackSection
{
    Summary,
    Kpis,
    Charts,
    Usage,
    FollowUps,
    Goals,
    PreviousMeeting,
    Budget,
    Backlog,
    Trends,
    Upcoming
};

template <> const EnumSpec& enumSpec<PackSection>();

class PackSections final
{
public:
    static QList<PackSection> all();
    // A comma-separated list of keys ("kpis,charts,budget"); nullopt and a sentence in
    // `error` when a key is unknown or the list is empty.
    static std::optional<QList<PackSection>> parse(const QString& list, QString* error);
};

} // namespace stuurboord
