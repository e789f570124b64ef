#pragma once

#include <QStringView>
#include <algorithm>
#include <vector>

namespace stuurboord {

// Something remembered for each ISO date text ("2026-03-15") seen, found by the day's number
// instead of by hashing the text: a file in another order than by date looks up a day on
// every row, and nearly every export writes its days this way. Other texts, and days outside
// 1900–2199, are not kept here: find() says nullptr and the caller looks them up its own way.
template <typename T> class IsoDayIndex final
{
public:
    const T* find(QStringView text) const
    {
        const int key = keyOf(text);
        return key >= m_first && key < m_first + int(m_slots.size()) ? m_slots[size_t(key - m_first)]
                                                                      : nullptr;
    }
    void remember(QStringView text, const T* value)
    {
        const int key = keyOf(text);
        if (key < 0)
            return;
        if (m_slots.empty()) {
            m_first = key;
            m_slots.assign(1, nullptr);
        } else if (key < m_first) {
            // Room for as many earlier days again: a file that lists its newest day first
            // brings an earlier day on nearly every new date.
            const int first = std::max(0, std::min(key, m_first - int(m_slots.size())));
            m_slots.insert(m_slots.begin(), size_t(m_first - first), nullptr);
            m_first = first;
        } else if (key >= m_first + int(m_slots.size())) {
            m_slots.resize(size_t(key - m_first + 1), nullptr);
        }
        m_slots[size_t(key - m_first)] = value;
    }
    void clear()
    {
        m_slots.clear();
        m_first = 0;
    }

private:
    // A number for each possible date text of the shape yyyy-mm-dd, different for every
    // different text (31 days to every month, also February's); -1 for any other text.
    static int keyOf(QStringView text)
    {
        if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
            return -1;
        int digits[8];
        int n = 0;
        for (const qsizetype at : {0, 1, 2, 3, 5, 6, 8, 9}) {
            const char16_t c = text[at].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            digits[n++] = c - u'0';
        }
        const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
        const int month = digits[4] * 10 + digits[5];
        const int day = digits[6] * 10 + digits[7];
        if (year < 1900 || year >= 2200 || month < 1 || month > 12 || day < 1 || day > 31)
            return -1;
        return ((year - 1900) * 12 + month - 1) * 31 + day - 1;
    }

    int m_first = 0;
    std::vector<const T*> m_slots;
};

} // namespace stuurboord
