#pragma once

#include <cstddef>
#include <QtGlobal>
#include <vector>

namespace stuurboord {

// Memory for the rows an import keeps while it reads a file in another order than by date:
// taken from the system in pieces of 2 MB, handed out in blocks, and given back all at once.
// On Linux each piece is asked to be backed by one huge page, so the system clears and maps
// 2 MB at a time instead of stopping at every 4 KB the import first writes to; on a virtual
// machine each such stop costs about 17 microseconds, and a million rows touch 8,000 pages.
// Where huge pages are not offered the pieces are ordinary memory.
class SlabMemory final
{
public:
    static constexpr size_t slabBytes = size_t(2) << 20;

    SlabMemory() = default;
    ~SlabMemory();
    Q_DISABLE_COPY_MOVE(SlabMemory)

    // `bytes` of memory aligned to 64 bytes, valid until clear(); at most slabBytes.
    void* take(size_t bytes);
    // Gives every piece back; what take() returned is no longer valid.
    void clear();
    // How much the pieces taken so far hold (what the import's rows keep in memory).
    size_t bytesHeld() const { return m_slabs.size() * slabBytes; }

private:
    struct Slab
    {
        void* mapped = nullptr; // as the system gave it
        size_t length = 0;
        char* start = nullptr; // the slabBytes handed out, within the mapping
    };
    static Slab newSlab();
    static void release(const Slab& slab);

    std::vector<Slab> m_slabs;
    char* m_next = nullptr;
    char* m_end = nullptr;
};

} // namespace stuurboord
