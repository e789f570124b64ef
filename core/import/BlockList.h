#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace stuurboord {

// A list that grows by adding blocks instead of moving what it holds: an import of a file in
// another order than by date keeps a million rows in a few dozen of these (one per month)
// while it reads, and a vector would copy each month's rows again every time it doubled.
// Blocks start small (a month with a few rows costs little) and double up to a cap.
template <typename T> class BlockList final
{
public:
    void push_back(const T& value)
    {
        if (m_blocks.empty() || m_blocks.back().size() == m_blocks.back().capacity()) {
            const size_t next = m_blocks.empty() ? firstBlock : std::min(maxBlock, m_blocks.back().capacity() * 2);
            m_blocks.emplace_back();
            m_blocks.back().reserve(next);
        }
        m_blocks.back().push_back(value);
        ++m_size;
    }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    // Everything in one vector, in the order it came; the blocks are freed as they are copied.
    std::vector<T> takeAll()
    {
        std::vector<T> all;
        all.reserve(m_size);
        for (std::vector<T>& block : m_blocks) {
            all.insert(all.end(), block.cbegin(), block.cend());
            std::vector<T>().swap(block);
        }
        m_blocks.clear();
        m_size = 0;
        return all;
    }

private:
    static constexpr size_t firstBlock = 256;
    static constexpr size_t maxBlock = 16384;
    std::vector<std::vector<T>> m_blocks;
    size_t m_size = 0;
};

} // namespace stuurboord
