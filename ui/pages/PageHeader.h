#pragma once

#include <QWidget>

namespace stuurboord {

// The title and one explaining sentence at the top of every page.
class PageHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)

public:
    PageHeader(const QString& title, const QString& intro, QWidget* parent = nullptr);
};

} // namespace stuurboord
