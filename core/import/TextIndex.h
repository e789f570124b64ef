#pragma once

#include "SameText.h"

#include <deque>
#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <vector>

namespace stuurboord {

// Values by text, for what a column of an export repeats: its days, metric names and
// departments, looked up once for every row of a file in another order than by date. A
// QHash<QString, …> compares texts with a full three-way comparison and reaches its entries
// through two levels of indirection; this compares the hash its slot keeps and then the
// bytes, and keeps every entry where it was put (pointers to values stay valid until
// clear()). The hash is Qt's seeded one, so a file cannot be made to collide on purpose.
template <typename Value> class TextIndex final
{
public:
    struct Entry
    {
        QString text;
        Value value;
        size_t hash;
    };

    // The entry for `text`, or nullptr.
    const Entry* find(QStringView text) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t hash = hashOf(text);
        for (size_t slot = hash & mask();; slot = (slot + 1) & mask()) {
            const Slot& at = m_slots[slot];
            if (!at.entry)
                return nullptr;
            // The slot keeps the hash: entries of other texts are not even read.
            if (at.hash == hash && at.entry->text.size() == text.size()
                && sameUtf16(at.entry->text.constData(), text.data(), text.size()))
                return at.entry;
        }
    }
    // Adds `text`, which find() did not find.
    const Entry& insert(const QString& text, Value value)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            grow();
        const size_t hash = hashOf(text);
        m_entries.push_back({text, std::move(value), hash});
        place(&m_entries.back());
        return m_entries.back();
    }
    size_t size() const { return m_entries.size(); }
    void clear()
    {
        m_entries.clear();
        m_slots.clear();
    }

private:
    struct Slot
    {
        const Entry* entry = nullptr;
        size_t hash = 0;
    };

    static size_t hashOf(QStringView text) { return qHash(text, QHashSeed::globalSeed()); }
    size_t mask() const { return m_slots.size() - 1; }
    void place(const Entry* entry)
    {
        size_t slot = entry->hash & mask();
        while (m_slots[slot].entry)
            slot = (slot + 1) & mask();
        m_slots[slot] = {entry, entry->hash};
    }
    void grow()
    {
        m_slots.assign(m_slots.empty() ? 64 : m_slots.size() * 2, Slot{});
        for (const Entry& entry : m_entries)
            place(&entry);
    }

    std::deque<Entry> m_entries; // never moved: the profile keeps pointers into them
    std::vector<Slot> m_slots;
};

} // namespace stuurboord
