#pragma once

#include <atomic>
#include <functional>
#include <QtGlobal>

namespace stuurboord {

// Between an import running on a worker thread and whoever shows it: how far it got, and
// a request to stop. `report` is called on the thread that runs the import.
struct ImportProgress
{
    std::atomic_bool cancelled{false};
    std::function<void(qint64 rowsRead, double fraction)> report;
};

} // namespace stuurboord
