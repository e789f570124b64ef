#include "ImportPhases.h"

#include <chrono>
#include <cstdio>
#include <mutex>
#include <QByteArray>
#include <string>
#include <utility>
#include <vector>

namespace stuurboord {

namespace {
using Clock = std::chrono::steady_clock;

struct Recorded
{
    std::mutex mutex;
    Clock::time_point began = Clock::now();
    std::vector<std::pair<std::string, qint64>> moments; // ns since began
    std::vector<std::pair<std::string, qint64>> sums; // ns
};

Recorded& recorded()
{
    static Recorded instance;
    return instance;
}
} // namespace

bool ImportPhases::enabled()
{
    static const bool on = qgetenv("STUURBOORD_IMPORT_PHASES") == "1";
    return on;
}

void ImportPhases::start()
{
    if (!enabled())
        return;
    Recorded& r = recorded();
    std::lock_guard lock(r.mutex);
    r.began = Clock::now();
    r.moments.clear();
    r.sums.clear();
}

void ImportPhases::mark(const char* phase)
{
    if (!enabled())
        return;
    Recorded& r = recorded();
    std::lock_guard lock(r.mutex);
    r.moments.emplace_back(phase,
        std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - r.began).count());
}

void ImportPhases::addSince(const char* phase, std::chrono::steady_clock::time_point began)
{
    if (!enabled())
        return;
    const qint64 nanoseconds
        = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - began).count();
    Recorded& r = recorded();
    std::lock_guard lock(r.mutex);
    for (auto& [name, sum] : r.sums) {
        if (name == phase) {
            sum += nanoseconds;
            return;
        }
    }
    r.sums.emplace_back(phase, nanoseconds);
}

void ImportPhases::report()
{
    if (!enabled())
        return;
    Recorded& r = recorded();
    std::lock_guard lock(r.mutex);
    for (const auto& [name, ns] : r.moments)
        std::fprintf(stderr, "phase %s %.1f\n", name.c_str(), double(ns) / 1e6);
    for (const auto& [name, ns] : r.sums)
        std::fprintf(stderr, "phase %s %.1f\n", name.c_str(), double(ns) / 1e6);
}

} // namespace stuurboord
