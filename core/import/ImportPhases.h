#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <QtGlobal>

namespace stuurboord {

// Where a large import's time goes, for the import benchmark: with STUURBOORD_IMPORT_PHASES=1
// in the environment, the moments the phases of an import end (milliseconds since the import
// began) and the time spent sorting are written to standard error when it is done, one
// "phase NAME MS" line each. Otherwise every call returns at once. Not for users: the words
// are the benchmark's, not translated.
class ImportPhases final
{
public:
    static bool enabled();
    // The import begins now; forgets an earlier one's phases.
    static void start();
    // A phase ended now (any thread).
    static void mark(const char* phase);
    // Time spent on `phase` in pieces (any thread), added up: from `began` until now.
    static void addSince(const char* phase, std::chrono::steady_clock::time_point began);
    // Writes what was recorded to standard error.
    static void report();
    // Waits on `changed` until `ready()`, adding the time it waited to `phase`: where the
    // threads of an import wait for each other.
    template <typename Ready>
    static void wait(std::condition_variable& changed, std::unique_lock<std::mutex>& lock,
        Ready ready, const char* phase)
    {
        if (ready())
            return;
        if (!enabled()) {
            changed.wait(lock, ready);
            return;
        }
        const auto began = std::chrono::steady_clock::now();
        changed.wait(lock, ready);
        addSince(phase, began);
    }
};

} // namespace stuurboord
