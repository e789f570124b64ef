#pragma once

#include "SlabMemory.h"

#include <algorithm>
#include <cstddef>
#include <type_traits>
#include <vector>

namespace stuurboord {

// A list that grows by adding blocks instead of moving what it holds: an import of a file in
// another order than by date keeps a million rows in a few dozen of these (one per month)
// while it reads, and a vector would copy each month's rows again every time it doubled.
// Blocks start small (a month with a few rows costs little) and double up to a cap. Their
// memory comes from a SlabMemory shared by all the lists, which gives it back all at once.
template <typename T> class BlockList final
{
    static_assert(std::is_trivially_copyable_v<T>, "rows are copied as bytes");

public:
    explicit BlockList(SlabMemory* memory = nullptr)
        : m_memory(memory)
    {
    }
    void push_back(const T& value)
    {
        if (m_blocks.empty() || m_blocks.back().size == m_blocks.back().capacity) {
            const size_t next = m_blocks.empty() ? firstBlock : std::min(maxBlock, m_blocks.back().capacity * 2);
            m_blocks.push_back({static_cast<T*>(m_memory->take(next * sizeof(T))), 0, next});
        }
        Block& last = m_blocks.back();
        last.data[last.size++] = value;
        ++m_size;
    }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    // Everything, in the order it came, at the end of `into`; the list is empty afterwards
    // (its memory stays with the SlabMemory).
    void moveTo(std::vector<T>& into)
    {
        for (const Block& block : m_blocks)
            into.insert(into.end(), block.data, block.data + block.size);
        m_blocks.clear();
        m_size = 0;
    }

private:
    static constexpr size_t firstBlock = 256;
    static constexpr size_t maxBlock = 16384;
    static_assert(maxBlock * sizeof(T) <= SlabMemory::slabBytes, "a block fits a slab");
    struct Block
    {
        T* data;
        size_t size;
        size_t capacity;
    };
    SlabMemory* m_memory;
    std::vector<Block> m_blocks;
    size_t m_size = 0;
};

} // namespace stuurboord
