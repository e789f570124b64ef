#pragma once

#include <QString>
#include <QVariant>

namespace stuurboord {

class FieldSpec;
class RecordStore;

// Turns a stored value into what a coordinator reads: euros with the locale's separators,
// dates in the locale's format, enum labels in the UI language, names instead of ids.
class ValueFormatter final
{
public:
    static QString display(const FieldSpec& field, const QVariant& value, const RecordStore& store);
    // Choice labels are lower case for use inside sentences; a table cell starts upper case.
    static QString capitalised(const QString& text);
    static QString money(qint64 cents);
    static QString date(const QDate& date);
    static QString month(const QString& isoMonth);
    static QString number(double value, int decimals = 0);
    // Value to sort by: numbers as numbers, text and ISO dates as text.
    static QVariant sortKey(const FieldSpec& field, const QVariant& value, const QString& shown);
};

} // namespace stuurboord
