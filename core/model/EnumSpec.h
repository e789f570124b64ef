#pragma once

#include <QList>
#include <QString>

namespace stuurboord {

// The stored keys and user-visible labels of one domain enum. Values are listed in the
// order of the C++ enum, so the enum's underlying value indexes this list.
class EnumSpec final
{
public:
    struct Value
    {
        const char* key;
        const char* label; // translated in context "Enum"
    };

    explicit EnumSpec(QList<Value> values);

    int size() const { return static_cast<int>(m_values.size()); }
    QString key(int index) const;
    int indexOf(const QString& key) const;
    bool contains(const QString& key) const { return indexOf(key) >= 0; }
    QString label(int index) const;
    QString labelForKey(const QString& key) const;
    QStringList keys() const;

private:
    QList<Value> m_values;
};

// Specialised next to each domain enum.
template <typename E> const EnumSpec& enumSpec();

template <typename E> QString enumKey(E value)
{
    return enumSpec<E>().key(static_cast<int>(value));
}

template <typename E> QString enumLabel(E value)
{
    return enumSpec<E>().label(static_cast<int>(value));
}

template <typename E> E enumFromKey(const QString& key, E fallback)
{
    const int index = enumSpec<E>().indexOf(key);
    return index < 0 ? fallback : static_cast<E>(index);
}

} // namespace stuurboord
