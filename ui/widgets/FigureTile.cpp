#include "FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stuurboord {

FigureTile::FigureTile(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_value = new QLabel(this);
    m_change = new QLabel(this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_value->setFont(big);
    m_title->setWordWrap(true);
    m_change->setWordWrap(true);
    m_change->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch(1);
}

void FigureTile::setFigure(const QString& title, const QString& value, const QString& change)
{
    m_title->setText(title);
    m_value->setText(value);
    m_change->setText(change);
    setAccessibleName(title + QStringLiteral(": ") + value);
}

} // namespace stuurboord
