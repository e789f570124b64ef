#include "ValueFormatter.h"

#include "kpi/KpiFormat.h"
#include "kpi/Period.h"
#include "model/EnumSpec.h"
#include "model/FieldSpec.h"
#include "model/Money.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace stuurboord {

QString ValueFormatter::capitalised(const QString& text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}

QString ValueFormatter::money(qint64 cents)
{
    return Money::format(cents);
}

QString ValueFormatter::date(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString ValueFormatter::month(const QString& isoMonth)
{
    const QDate first = QDate::fromString(isoMonth + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? QLocale().toString(first, QStringLiteral("MMM yyyy")) : isoMonth;
}

QString ValueFormatter::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString ValueFormatter::display(const FieldSpec& field, const QVariant& value, const RecordStore& store)
{
    if (value.isNull())
        return {};
    switch (field.kind()) {
    case FieldKind::Money:
        return money(value.toLongLong());
    case FieldKind::Date:
        return date(QDate::fromString(value.toString(), Qt::ISODate));
    case FieldKind::DateTime:
        return QLocale().toString(QDateTime::fromString(value.toString(), Qt::ISODate).toLocalTime(),
                                  QLocale::ShortFormat);
    case FieldKind::Month:
        return month(value.toString());
    case FieldKind::Quarter:
    case FieldKind::Period: {
        // "2026 K3" in Dutch, "2026 Q3" in English, as in the KPI tables; the stored key
        // ("2026-Q3") still decides the sort order.
        const Period period = Period::parse(value.toString());
        return period.isValid() ? KpiFormat::period(period) : value.toString();
    }
    case FieldKind::Enum:
        return capitalised(field.enumSpec() ? field.enumSpec()->labelForKey(value.toString()) : value.toString());
    case FieldKind::Reference:
        return store.displayName(field.referencedTable(), value.toLongLong());
    case FieldKind::Boolean:
        return value.toInt() ? QCoreApplication::translate("Value", "yes") : QCoreApplication::translate("Value", "no");
    case FieldKind::Integer:
        return QLocale().toString(value.toLongLong());
    case FieldKind::Real: {
        const double number = value.toDouble();
        return QLocale().toString(number, 'f', number == static_cast<qint64>(number) ? 0 : 1);
    }
    case FieldKind::Blob:
        return {};
    case FieldKind::LongText:
        return value.toString().section(QLatin1Char('\n'), 0, 0);
    default:
        return value.toString();
    }
}

QVariant ValueFormatter::sortKey(const FieldSpec& field, const QVariant& value, const QString& shown)
{
    switch (field.kind()) {
    case FieldKind::Money:
    case FieldKind::Integer:
    case FieldKind::Real:
        return value.toDouble();
    case FieldKind::Date:
    case FieldKind::DateTime:
    case FieldKind::Month:
    case FieldKind::Quarter:
    case FieldKind::Period:
        return value.toString();
    case FieldKind::Enum:
        // Enum order is meaningful (priority, status), so sort by position, not label.
        return field.enumSpec() ? field.enumSpec()->indexOf(value.toString()) : 0;
    default:
        return shown.toLower();
    }
}

} // namespace stuurboord
