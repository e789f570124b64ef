#include "SlabMemory.h"

#include <cstdint>
#include <new>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace stuurboord {

SlabMemory::~SlabMemory()
{
    clear();
}

void* SlabMemory::take(size_t bytes)
{
    bytes = (bytes + 63) & ~size_t(63);
    Q_ASSERT(bytes <= slabBytes);
    if (!m_next || size_t(m_end - m_next) < bytes) {
        m_slabs.push_back(newSlab());
        m_next = m_slabs.back().start;
        m_end = m_next + slabBytes;
    }
    void* block = m_next;
    m_next += bytes;
    return block;
}

void SlabMemory::clear()
{
    for (const Slab& slab : m_slabs)
        release(slab);
    m_slabs.clear();
    m_next = m_end = nullptr;
}

SlabMemory::Slab SlabMemory::newSlab()
{
#ifdef Q_OS_LINUX
    // Untouched pages of the mapping cost nothing; the unaligned edges are never touched.
    const size_t length = 2 * slabBytes;
    void* mapped = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        throw std::bad_alloc();
    // The mapping is twice as large so that one whole aligned 2 MB lies inside it, as a huge
    // page must.
    const auto aligned = (reinterpret_cast<std::uintptr_t>(mapped) + slabBytes - 1)
        & ~std::uintptr_t(slabBytes - 1);
    char* start = reinterpret_cast<char*>(aligned);
    madvise(start, slabBytes, MADV_HUGEPAGE); // a hint: without huge pages, 4 KB ones
    return {mapped, length, start};
#else
    void* memory = ::operator new(slabBytes, std::align_val_t(64));
    return {memory, slabBytes, static_cast<char*>(memory)};
#endif
}

void SlabMemory::release(const Slab& slab)
{
#ifdef Q_OS_LINUX
    munmap(slab.mapped, slab.length);
#else
    ::operator delete(slab.mapped, std::align_val_t(64));
#endif
}

} // namespace stuurboord
