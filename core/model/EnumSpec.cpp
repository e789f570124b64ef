#include "EnumSpec.h"

#include <QCoreApplication>

namespace stuurboord {

EnumSpec::EnumSpec(QList<Value> values)
    : m_values(std::move(values))
{
}

QString EnumSpec::key(int index) const
{
    if (index < 0 || index >= m_values.size())
        return {};
    return QString::fromLatin1(m_values.at(index).key);
}

int EnumSpec::indexOf(const QString& key) const
{
    for (int i = 0; i < m_values.size(); ++i) {
        if (key == QLatin1String(m_values.at(i).key))
            return i;
    }
    return -1;
}

QString EnumSpec::label(int index) const
{
    if (index < 0 || index >= m_values.size())
        return {};
    return QCoreApplication::translate("Enum", m_values.at(index).label);
}

QString EnumSpec::labelForKey(const QString& key) const
{
    const int index = indexOf(key);
    return index < 0 ? key : label(index);
}

QStringList EnumSpec::keys() const
{
    QStringList result;
    for (const Value& value : m_values)
        result << QString::fromLatin1(value.key);
    return result;
}

} // namespace stuurboord
