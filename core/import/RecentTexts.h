#pragma once

#include "SameText.h"

#include <array>
#include <QString>

namespace stuurboord {

// A value for each of the strings seen most recently, found by the address of their text.
// Profiles hand over the same few strings (their cached metric keys, months, dimensions)
// for every figure, so comparing an address replaces hashing the text, and the text itself
// is not even read: on the writer's thread that keeps the reader's strings out of its
// cache. Each slot keeps a copy of its string, so the text cannot be freed and its address
// reused for another text while it is remembered. `slotCount` should be a few times the
// number of distinct strings that take turns (a shuffled file: every metric, month and
// dimension), or they push each other out.
template <typename Value, size_t slotCount = 64> class RecentTexts final
{
public:
    const Value* find(const QString& text) const
    {
        const Slot& slot = m_slots[slotOf(text)];
        return slot.used && slot.text.constData() == text.constData()
                && slot.text.size() == text.size()
            ? &slot.value
            : nullptr;
    }
    void remember(const QString& text, const Value& value)
    {
        m_slots[slotOf(text)] = Slot{text, value, true};
    }
    void clear() { m_slots = {}; }

private:
    static_assert((slotCount & (slotCount - 1)) == 0, "a power of two");
    struct Slot
    {
        QString text;
        Value value{};
        bool used = false;
    };
    static size_t slotOf(const QString& text)
    {
        // Fibonacci hashing: texts allocated one after the other still spread over the slots.
        return size_t((quint64(reinterpret_cast<quintptr>(text.constData())) * 0x9E3779B97F4A7C15ull)
            >> 40) & (slotCount - 1);
    }

    std::array<Slot, slotCount> m_slots;
};

} // namespace stuurboord
