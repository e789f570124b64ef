#include "PageHeader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stuurboord {

PageHeader::PageHeader(const QString& title, const QString& intro, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    heading->setAccessibleName(title);
    layout->addWidget(heading);
    if (!intro.isEmpty()) {
        auto* text = new QLabel(intro, this);
        text->setWordWrap(true);
        layout->addWidget(text);
    }
}

} // namespace stuurboord
