#pragma once

#include <QFrame>

class QLabel;

namespace stuurboord {

// One figure on the dashboard: what it is, its latest value and how it moved.
class FigureTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureTile)

public:
    explicit FigureTile(QWidget* parent = nullptr);
    void setFigure(const QString& title, const QString& value, const QString& change);

private:
    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_change = nullptr;
};

} // namespace stuurboord
