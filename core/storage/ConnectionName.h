#pragma once

#include <atomic>
#include <QString>

namespace stuurboord {

// A name no other open connection of this process has (Qt keeps connections by name).
inline QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("stuurboord-workspace-%1").arg(++counter);
}

} // namespace stuurboord
