#include "StakeholderGrid.h"

#include "governance/StakeholderQuadrant.h"

#include <algorithm>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace stuurboord {

namespace {

constexpr int scores = 5;

// Quadrant tints that stay readable on light and dark palettes: the base colour mixed a
// little towards a hue (blue, green, amber, grey), never a saturated fill under text.
QColor tint(const QColor& base, const QColor& hue)
{
    const double share = base.lightness() > 128 ? 0.16 : 0.28;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + hue.redF() * share),
        float(base.greenF() * (1 - share) + hue.greenF() * share),
        float(base.blueF() * (1 - share) + hue.blueF() * share));
}

QColor quadrantHue(int quadrant)
{
    switch (quadrant) {
    case StakeholderQuadrant::ManageClosely:
        return QColor(0, 114, 178); // blue (Okabe–Ito palette, safe for colour-blind readers)
    case StakeholderQuadrant::KeepSatisfied:
        return QColor(230, 159, 0); // orange
    case StakeholderQuadrant::KeepInformed:
        return QColor(0, 158, 115); // bluish green
    default:
        return QColor(128, 128, 128);
    }
}

} // namespace

StakeholderGrid::StakeholderGrid(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Influence/interest grid"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    updateDescription();
}

void StakeholderGrid::setEntries(QList<Entry> entries)
{
    // Alphabetical within a cell, so the order does not change with every edit.
    std::sort(entries.begin(), entries.end(),
        [](const Entry& a, const Entry& b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_entries = std::move(entries);
    layoutNames();
    updateDescription();
    update();
}

QSize StakeholderGrid::minimumSizeHint() const
{
    return {420, 320};
}

QSize StakeholderGrid::sizeHint() const
{
    return {560, 440};
}

QRect StakeholderGrid::plotArea() const
{
    const int line = fontMetrics().height();
    // Room on the left for the rotated axis title and scores, below for both as well.
    return rect().adjusted(2 * line + 8, 6, -6, -(2 * line + 10));
}

QRect StakeholderGrid::cellArea() const
{
    // A strip at the top and bottom of the plot holds the quadrant names, so names of
    // stakeholders never cover them.
    const int strip = fontMetrics().height() + 6;
    return plotArea().adjusted(0, strip, 0, -strip);
}

QRect StakeholderGrid::cellRect(int interest, int influence) const
{
    const QRect area = cellArea();
    const int left = area.left() + (interest - 1) * area.width() / scores;
    const int right = area.left() + interest * area.width() / scores;
    const int top = area.top() + (scores - influence) * area.height() / scores;
    const int bottom = area.top() + (scores - influence + 1) * area.height() / scores;
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

int StakeholderGrid::quadrantAt(const QPoint& point) const
{
    const QRect plot = plotArea();
    const QRect area = cellArea();
    if (!plot.contains(point))
        return -1;
    const int interest = 1 + (point.x() - area.left()) * scores / qMax(1, area.width());
    const int influence = scores - (point.y() - area.top()) * scores / qMax(1, area.height());
    return StakeholderQuadrant::of(qBound(1, influence, scores), qBound(1, interest, scores));
}

void StakeholderGrid::layoutNames()
{
    m_placed.clear();
    const int chipHeight = fontMetrics().height() + 4;
    const QRect area = cellArea();
    // Top row first, left to right: a long name may run on into the next cell when it is
    // free there, and later names in that cell move down beneath it.
    for (int influence = scores; influence >= 1; --influence) {
        for (int interest = 1; interest <= scores; ++interest) {
            const QRect cell = cellRect(interest, influence).adjusted(3, 3, -3, -3);
            int hidden = 0;
            for (int i = 0; i < m_entries.size(); ++i) {
                const Entry& entry = m_entries.at(i);
                if (qBound(1, entry.interest, scores) != interest || qBound(1, entry.influence, scores) != influence)
                    continue;
                const QString text = entry.needsAttention ? QStringLiteral("⚠ ") + entry.name : entry.name;
                const int wanted = qMin(fontMetrics().horizontalAdvance(text) + 12, area.width() * 2 / scores);
                const int width = qMax(cell.width(), wanted);
                const int left = qMax(area.left() + 3, qMin(cell.left(), area.right() - 3 - width));
                bool placed = false;
                // Full width where it fits, else the cell's own width (elided).
                for (const int tryWidth : {width, cell.width()}) {
                    const int tryLeft = tryWidth == width ? left : cell.left();
                    for (int y = cell.top(); y + chipHeight - 2 <= cell.bottom() + 1 && !placed; y += chipHeight) {
                        const QRect rect(tryLeft, y, tryWidth, chipHeight - 2);
                        const bool free = std::none_of(m_placed.cbegin(), m_placed.cend(),
                            [&rect](const Placed& other) { return other.rect.intersects(rect); });
                        if (!free)
                            continue;
                        m_placed << Placed{rect, i, fontMetrics().elidedText(text, Qt::ElideRight, tryWidth - 8)};
                        placed = true;
                    }
                    if (placed)
                        break;
                }
                if (!placed)
                    ++hidden;
            }
            if (hidden > 0) {
                const QString more = tr("+%1 more").arg(hidden);
                const int width = fontMetrics().horizontalAdvance(more) + 10;
                m_placed << Placed{QRect(cell.right() - width, cell.bottom() - chipHeight + 2, width, chipHeight - 2), -1, more};
            }
        }
    }
}

QRect StakeholderGrid::nameRect(qint64 id) const
{
    for (const Placed& placed : m_placed) {
        if (placed.entry >= 0 && m_entries.at(placed.entry).id == id)
            return placed.rect;
    }
    return {};
}

void StakeholderGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutNames();
}

void StakeholderGrid::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRect plot = plotArea();
    const int split = StakeholderQuadrant::highFrom;

    // Quadrant areas with their names in the strips above and below the cells.
    const QRect splitCell = cellRect(split, split);
    const int xSplit = splitCell.left();
    const int ySplit = splitCell.bottom() + 1;
    struct Area
    {
        int quadrant;
        QRect rect;
        Qt::Alignment align;
    };
    const Area areas[] = {
        {StakeholderQuadrant::ManageClosely, QRect(QPoint(xSplit, plot.top()), QPoint(plot.right(), ySplit - 1)),
            Qt::AlignRight | Qt::AlignTop},
        {StakeholderQuadrant::KeepSatisfied, QRect(QPoint(plot.left(), plot.top()), QPoint(xSplit - 1, ySplit - 1)),
            Qt::AlignLeft | Qt::AlignTop},
        {StakeholderQuadrant::KeepInformed, QRect(QPoint(xSplit, ySplit), plot.bottomRight()),
            Qt::AlignRight | Qt::AlignBottom},
        {StakeholderQuadrant::Monitor, QRect(QPoint(plot.left(), ySplit), QPoint(xSplit - 1, plot.bottom())),
            Qt::AlignLeft | Qt::AlignBottom},
    };
    QFont titleFont = font();
    titleFont.setBold(true);
    for (const Area& area : areas) {
        painter.fillRect(area.rect, tint(pal.color(QPalette::Base), quadrantHue(area.quadrant)));
        painter.setFont(titleFont);
        QColor title = pal.color(QPalette::Text);
        title.setAlphaF(0.45f);
        painter.setPen(title);
        painter.drawText(area.rect.adjusted(6, 2, -6, -2), int(area.align),
            StakeholderQuadrant::name(StakeholderQuadrant::Quadrant(area.quadrant)));
    }
    painter.setFont(font());

    // Score grid, the quadrant lines heavier.
    QColor gridColour = pal.color(QPalette::Text);
    gridColour.setAlphaF(0.12f);
    painter.setPen(gridColour);
    for (int n = 1; n < scores; ++n) {
        painter.drawLine(cellRect(n + 1, 1).left(), cellArea().top(), cellRect(n + 1, 1).left(), cellArea().bottom());
        painter.drawLine(plot.left(), cellRect(1, n).top(), plot.right(), cellRect(1, n).top());
    }
    QColor axisColour = pal.color(QPalette::Text);
    axisColour.setAlphaF(0.6f);
    painter.setPen(QPen(axisColour, 2));
    painter.drawLine(xSplit, plot.top(), xSplit, plot.bottom());
    painter.drawLine(plot.left(), ySplit, plot.right(), ySplit);
    painter.setPen(QPen(axisColour, 1));
    painter.drawRect(plot.adjusted(0, 0, -1, -1));

    // Scores and axis titles.
    painter.setPen(pal.color(QPalette::WindowText));
    const int line = fontMetrics().height();
    for (int n = 1; n <= scores; ++n) {
        const QRect column = cellRect(n, 1);
        painter.drawText(QRect(column.left(), plot.bottom() + 2, column.width(), line),
            Qt::AlignCenter, QString::number(n));
        const QRect row = cellRect(1, n);
        painter.drawText(QRect(plot.left() - line - 4, row.top(), line, row.height()),
            Qt::AlignCenter, QString::number(n));
    }
    painter.drawText(QRect(plot.left(), plot.bottom() + line + 4, plot.width(), line),
        Qt::AlignCenter, tr("Interest →"));
    painter.save();
    painter.translate(line / 2 + 2, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-plot.height() / 2, -line / 2, plot.height(), line), Qt::AlignCenter,
        tr("Influence →"));
    painter.restore();

    // Names as chips on the plot's base colour, so they read over any tint.
    for (const Placed& placed : std::as_const(m_placed)) {
        const bool attention = placed.entry >= 0 && m_entries.at(placed.entry).needsAttention;
        painter.setPen(QPen(attention ? QColor(213, 94, 0) : pal.color(QPalette::Mid), attention ? 2 : 1));
        painter.setBrush(pal.color(QPalette::Base));
        painter.drawRoundedRect(QRectF(placed.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(placed.rect.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, placed.text);
    }
    if (m_entries.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot.adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Add stakeholders with their influence and interest to see where each one stands."));
    }
}

const StakeholderGrid::Placed* StakeholderGrid::placedAt(const QPoint& point) const
{
    for (const Placed& placed : m_placed) {
        if (placed.rect.contains(point))
            return &placed;
    }
    return nullptr;
}

void StakeholderGrid::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint point = event->position().toPoint();
    if (const Placed* placed = placedAt(point); placed && placed->entry >= 0) {
        emit stakeholderActivated(m_entries.at(placed->entry).id);
        return;
    }
    if (const int quadrant = quadrantAt(point); quadrant >= 0)
        emit quadrantClicked(quadrant);
}

bool StakeholderGrid::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Placed* placed = placedAt(help->pos());
        if (placed && placed->entry >= 0) {
            const Entry& entry = m_entries.at(placed->entry);
            QString text = QStringLiteral("<b>%1</b>").arg(entry.name.toHtmlEscaped());
            if (!entry.role.isEmpty())
                text += QStringLiteral("<br>") + entry.role.toHtmlEscaped();
            text += QStringLiteral("<br>")
                + tr("Influence %1, interest %2: %3")
                      .arg(entry.influence)
                      .arg(entry.interest)
                      .arg(StakeholderQuadrant::name(StakeholderQuadrant::of(entry.influence, entry.interest)));
            if (entry.needsAttention)
                text += QStringLiteral("<br>") + tr("Contact lapsed");
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void StakeholderGrid::updateDescription()
{
    int counts[4] = {0, 0, 0, 0};
    for (const Entry& entry : std::as_const(m_entries))
        ++counts[StakeholderQuadrant::of(entry.influence, entry.interest)];
    setAccessibleDescription(
        tr("Manage closely: %1. Keep satisfied: %2. Keep informed: %3. Monitor: %4.")
            .arg(counts[0])
            .arg(counts[1])
            .arg(counts[2])
            .arg(counts[3]));
}

} // namespace stuurboord
