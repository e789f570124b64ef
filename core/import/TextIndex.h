#pragma once

#include <cstring>
#include <deque>
#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <vector>

namespace stuurboord {

// Values by text, for what a column of an export repeats: its days, metric names and
// departments, looked up once for every row of a file in another order than by date. A
// QHash<QString, …> compares texts with a full three-way comparison and reaches its entries
// through two levels of indirection; this compares the stored hash and then the bytes, and
// keeps every entry where it was put (pointers to values stay valid until clear()). The hash
// is Qt's seeded one, so a file cannot be made to collide on purpose.
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
            const quint32 index = m_slots[slot];
            if (index == 0)
                return nullptr;
            const Entry& entry = m_entries[index - 1];
            if (entry.hash == hash && entry.text.size() == text.size()
                && std::memcmp(entry.text.constData(), text.data(),
                       size_t(text.size()) * sizeof(QChar))
                    == 0)
                return &entry;
        }
    }
    // Adds `text`, which find() did not find.
    const Entry& insert(const QString& text, Value value)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            grow();
        const size_t hash = hashOf(text);
        m_entries.push_back({text, std::move(value), hash});
        place(hash, quint32(m_entries.size()));
        return m_entries.back();
    }
    size_t size() const { return m_entries.size(); }
    void clear()
    {
        m_entries.clear();
        m_slots.clear();
    }

private:
    static size_t hashOf(QStringView text) { return qHash(text, QHashSeed::globalSeed()); }
    size_t mask() const { return m_slots.size() - 1; }
    void place(size_t hash, quint32 index)
    {
        size_t slot = hash & mask();
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask();
        m_slots[slot] = index;
    }
    void grow()
    {
        m_slots.assign(m_slots.empty() ? 64 : m_slots.size() * 2, 0);
        for (size_t i = 0; i < m_entries.size(); ++i)
            place(m_entries[i].hash, quint32(i + 1));
    }

    std::deque<Entry> m_entries; // never moved: the profile keeps pointers into them
    std::vector<quint32> m_slots; // 1 + the entry's index, 0 for an empty slot
};

} // namespace stuurboord
