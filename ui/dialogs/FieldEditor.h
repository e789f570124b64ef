#pragma once

#include <QVariant>

class QWidget;

namespace stuurboord {

class FieldSpec;
class RecordStore;

// Makes the input widget that fits a field (line edit, date picker, choice list, …) and
// converts between that widget and the stored value.
class FieldEditor final
{
public:
    static QWidget* create(const FieldSpec& field, const RecordStore& store, QWidget* parent);
    static void setValue(QWidget* editor, const FieldSpec& field, const QVariant& value);
    // The stored value, or an invalid QVariant with *valid = false when the text is not
    // understood (e.g. "twelve" in an amount).
    static QVariant value(QWidget* editor, const FieldSpec& field, bool* valid);
};

} // namespace stuurboord
