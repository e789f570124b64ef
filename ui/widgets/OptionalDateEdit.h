#pragma once

#include <QDateEdit>

namespace stuurboord {

// A date field that may stay empty: its earliest date stands for "no date" (a QDateEdit
// cannot be empty) and reads as the special value text. Tab leaves the empty field at once;
// QDateEdit would keep it, walking sections that the text "no date" does not have.
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)

public:
    OptionalDateEdit(const QDate& noDate, const QString& noDateText, QWidget* parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace stuurboord
