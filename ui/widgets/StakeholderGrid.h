#pragma once

#include <QList>
#include <QRect>
#include <QWidget>

namespace stuurboord {

// The influence/interest grid: the four power–interest quadrants with every stakeholder
// placed by name at their scores. Names that share a score are stacked, never drawn over
// each other; when a cell is full the rest is counted ("+2"). Clicking a name activates
// that stakeholder, clicking elsewhere in a quadrant selects the quadrant.
class StakeholderGrid final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StakeholderGrid)

public:
    struct Entry
    {
        qint64 id = 0;
        QString name;
        QString role;
        int influence = 1;
        int interest = 1;
        bool needsAttention = false; // contact lapsed
    };

    explicit StakeholderGrid(QWidget* parent = nullptr);
    void setEntries(QList<Entry> entries);
    // Where a stakeholder's name is drawn (empty when not shown): for tests and tooltips.
    QRect nameRect(qint64 id) const;
    // The quadrant (StakeholderQuadrant::Quadrant) whose area holds the point.
    int quadrantAt(const QPoint& point) const;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    void stakeholderActivated(qint64 id);
    void quadrantClicked(int quadrant);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Placed
    {
        QRect rect;
        int entry = -1; // index into m_entries; -1 for an "+N more" marker
        QString text;
    };

    QRect plotArea() const;
    QRect cellArea() const;
    QRect cellRect(int interest, int influence) const;
    void layoutNames();
    void updateDescription();
    const Placed* placedAt(const QPoint& point) const;

    QList<Entry> m_entries;
    QList<Placed> m_placed;
};

} // namespace stuurboord
