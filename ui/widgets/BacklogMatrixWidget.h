#pragma once

#include "backlog/BacklogQuadrant.h"

#include <QList>
#include <QWidget>

namespace stuurboord {

// The value/effort matrix of the phase-two backlog: quick wins, big bets, fill-ins and
// money pits, each item a named chip in its quadrant (highest value first, then least
// effort), so names never overlap; a quadrant too full says how many more it holds.
// Clicking a chip opens the item; from the keyboard the arrow keys walk the chips and
// Enter or Space opens the current one.
class BacklogMatrixWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BacklogMatrixWidget)

public:
    struct Item
    {
        qint64 id = 0;
        QString title;
        int value = 1;
        int effort = 1;
        QString detail; // shown on hover: priority, status, cost
    };

    explicit BacklogMatrixWidget(QWidget* parent = nullptr);
    void setItems(QList<Item> items);

    // Where things are drawn (for tests and accessibility): empty when not shown.
    QRect quadrantRect(BacklogQuadrant quadrant) const;
    QRect chipRect(qint64 id) const;
    // Items that did not fit their quadrant ("+N more").
    int hiddenCount(BacklogQuadrant quadrant) const;
    // The chip the keyboard is on (0 when none).
    qint64 currentItem() const { return m_current; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    void itemActivated(qint64 id);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Chip
    {
        qint64 id = 0;
        QRect rect;
        QString text;
        QString toolTip;
    };
    struct Field
    {
        BacklogQuadrant quadrant;
        QRect rect;
        QList<Chip> chips;
        int hidden = 0;
        QString hiddenToolTip;
    };

    void layoutChips();
    const Chip* chipAt(const QPoint& point) const;
    const Field* fieldAt(const QPoint& point) const;
    QList<const Chip*> chipsInOrder() const;
    void setCurrent(qint64 id);

    QList<Item> m_items;
    QList<Field> m_fields;
    QRect m_grid;
    qint64 m_current = 0;
};

} // namespace stuurboord
