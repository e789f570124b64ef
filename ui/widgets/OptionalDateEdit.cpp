#include "OptionalDateEdit.h"

namespace stuurboord {

OptionalDateEdit::OptionalDateEdit(const QDate& noDate, const QString& noDateText, QWidget* parent)
    : QDateEdit(parent)
{
    setMinimumDate(noDate);
    setSpecialValueText(noDateText);
}

bool OptionalDateEdit::focusNextPrevChild(bool next)
{
    if (date() == minimumDate())
        return QWidget::focusNextPrevChild(next);
    return QDateEdit::focusNextPrevChild(next);
}

} // namespace stuurboord
