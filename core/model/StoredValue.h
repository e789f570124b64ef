#pragma once

#include "EnumSpec.h"

#include <optional>
#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <type_traits>

namespace stuurboord::stored {

// How a C++ member is written to and read from its column. Dates are ISO 8601 text and
// money is integer cents, so the file reads the same in any SQL engine or tool.

// An empty text is stored as '' (Qt would bind a null QString as SQL NULL).
inline QVariant toStored(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
inline QVariant toStored(int value)
{
    return value;
}
inline QVariant toStored(qint64 value)
{
    return value;
}
inline QVariant toStored(double value)
{
    return value;
}
inline QVariant toStored(bool value)
{
    return value ? 1 : 0;
}
inline QVariant toStored(const QByteArray& value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}
inline QVariant toStored(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}
inline QVariant toStored(const QDateTime& value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODate)) : QVariant();
}
inline QVariant toStored(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}
template <typename E>
requires std::is_enum_v<E> QVariant toStored(E value)
{
    return enumKey(value);
}

inline void fromStored(const QVariant& v, QString& out)
{
    out = v.isNull() ? QString() : v.toString();
}
inline void fromStored(const QVariant& v, int& out)
{
    out = v.toInt();
}
inline void fromStored(const QVariant& v, qint64& out)
{
    out = v.toLongLong();
}
inline void fromStored(const QVariant& v, double& out)
{
    out = v.toDouble();
}
inline void fromStored(const QVariant& v, bool& out)
{
    out = v.toInt() != 0;
}
inline void fromStored(const QVariant& v, QByteArray& out)
{
    out = v.toByteArray();
}
inline void fromStored(const QVariant& v, QDate& out)
{
    out = v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
inline void fromStored(const QVariant& v, QDateTime& out)
{
    out = v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}
inline void fromStored(const QVariant& v, std::optional<double>& out)
{
    out = v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
template <typename E>
requires std::is_enum_v<E>
void fromStored(const QVariant& v, E& out)
{
    out = enumFromKey(v.toString(), E{});
}

} // namespace stuurboord::stored
