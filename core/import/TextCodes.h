#pragma once

#include "RecentTexts.h"

#include <QHash>
#include <QList>
#include <QString>

namespace stuurboord {

// Numbers for texts, in the order first seen: the reader's side of a SinkPipe gives each
// distinct metric key, month or dimension a number once, and from then on finds it by the
// address of the string (profiles hand over the same cached strings for every figure).
class TextCodes final
{
public:
    quint32 of(const QString& text)
    {
        if (const quint32* known = m_recent.find(text))
            return *known;
        auto it = m_codes.constFind(text);
        if (it == m_codes.cend()) {
            it = m_codes.insert(text, quint32(m_texts.size()));
            m_texts << text;
        }
        m_recent.remember(text, *it);
        return *it;
    }
    // Every text with a number, by number.
    const QList<QString>& texts() const { return m_texts; }

private:
    QHash<QString, quint32> m_codes;
    QList<QString> m_texts;
    // A shuffled export brings every metric, month and dimension in turn: room for hundreds.
    RecentTexts<quint32, 1024> m_recent;
};

} // namespace stuurboord
