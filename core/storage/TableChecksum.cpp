#include "TableChecksum.h"

#include "TableShape.h"

#include <cmath>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace stuurboord {

namespace {
// One value as the same bytes whichever engine returned it.
void appendValue(QByteArray& out, const QVariant& value)
{
    if (value.isNull()) {
        out += 'n';
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        out += 'i' + QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        // A whole number is written as one whatever type carried it.
        if (std::isfinite(number) && number == std::trunc(number) && std::fabs(number) < 9007199254740992.0)
            out += 'i' + QByteArray::number(qint64(number));
        else
            out += 'r' + QByteArray::number(number, 'g', 17);
        return;
    }
    case QMetaType::QByteArray:
        out += 'b' + value.toByteArray().toHex();
        return;
    default:
        out += 't' + value.toString().toUtf8();
    }
}
} // namespace

TableChecksum TableChecksum::of(const QSqlDatabase& db, const QString& table)
{
    TableChecksum result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Columns by name, in name order: the two engines may list them differently.
    QStringList columns = TableShape::columns(db, table, &result.error);
    if (columns.isEmpty())
        return result;
    columns.sort();
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u", "), table))) {
        result.error = query.lastError().text();
        return result;
    }
    // The sum of every row's digest, modulo 2^64 in two halves: the same rows give the same
    // sum in any order, and a changed, missing or doubled row changes it.
    quint64 low = 0;
    quint64 high = 0;
    qint64 rows = 0;
    QByteArray bytes;
    while (query.next()) {
        bytes.clear();
        for (int i = 0; i < columns.size(); ++i) {
            appendValue(bytes, query.value(i));
            bytes += '\x1f';
        }
        const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        quint64 a = 0;
        quint64 b = 0;
        memcpy(&a, digest.constData(), sizeof a);
        memcpy(&b, digest.constData() + 8, sizeof b);
        low += a;
        high += b;
        ++rows;
    }
    if (query.lastError().isValid()) {
        result.error = query.lastError().text();
        return result;
    }
    result.rows = rows;
    result.checksum = QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
    return result;
}

} // namespace stuurboord
