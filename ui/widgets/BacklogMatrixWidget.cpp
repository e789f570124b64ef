#include "BacklogMatrixWidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace stuurboord {

namespace {
constexpr BacklogQuadrant order[] = {BacklogQuadrant::QuickWin, BacklogQuadrant::BigBet,
    BacklogQuadrant::FillIn, BacklogQuadrant::MoneyPit};
constexpr int spacing = 4;
} // namespace

BacklogMatrixWidget::BacklogMatrixWidget(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Value/effort matrix"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize BacklogMatrixWidget::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 50, fontMetrics().height() * 16};
}

QSize BacklogMatrixWidget::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 26};
}

void BacklogMatrixWidget::setItems(QList<Item> items)
{
    m_items = std::move(items);
    layoutChips();
    setCurrent(m_current); // keeps it when the item is still shown
    update();
}

void BacklogMatrixWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutChips();
}

void BacklogMatrixWidget::layoutChips()
{
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    // Room for the axis names on the left and at the bottom, and the quadrant names.
    m_grid = rect().adjusted(line * 2, line + spacing * 2, -spacing, -(line * 2 + spacing));
    const int halfWidth = m_grid.width() / 2;
    const int halfHeight = m_grid.height() / 2;
    m_fields.clear();
    for (BacklogQuadrant quadrant : order) {
        const bool right = quadrant == BacklogQuadrant::BigBet || quadrant == BacklogQuadrant::MoneyPit;
        const bool bottom = quadrant == BacklogQuadrant::FillIn || quadrant == BacklogQuadrant::MoneyPit;
        Field field{quadrant,
            QRect(m_grid.left() + (right ? halfWidth : 0), m_grid.top() + (bottom ? halfHeight : 0),
                right ? m_grid.width() - halfWidth : halfWidth,
                bottom ? m_grid.height() - halfHeight : halfHeight),
            {}, 0, {}};
        QList<Item> inside;
        for (const Item& item : std::as_const(m_items)) {
            if (BacklogMatrix::quadrantOf(item.value, item.effort) == quadrant)
                inside << item;
        }
        std::stable_sort(inside.begin(), inside.end(), [](const Item& a, const Item& b) {
            return a.value != b.value ? a.value > b.value : a.effort < b.effort;
        });
        const QRect area = field.rect.adjusted(spacing * 2, spacing * 2, -spacing * 2, -spacing * 2);
        const int chipHeight = line + spacing * 2;
        const int fits = qMax(0, (area.height() + spacing) / (chipHeight + spacing));
        const int shown = int(inside.size()) <= fits ? int(inside.size()) : qMax(0, fits - 1);
        for (int i = 0; i < shown; ++i) {
            const Item& item = inside.at(i);
            const QString score = QStringLiteral("  %1/%2").arg(item.value).arg(item.effort);
            const QRect chip(area.left(), area.top() + i * (chipHeight + spacing), area.width(), chipHeight);
            const int textWidth = chip.width() - spacing * 4 - metrics.horizontalAdvance(score);
            field.chips << Chip{item.id, chip,
                metrics.elidedText(item.title, Qt::ElideRight, qMax(0, textWidth)) + score,
                tr("%1\nValue %2, effort %3. %4")
                    .arg(item.title)
                    .arg(item.value)
                    .arg(item.effort)
                    .arg(item.detail)};
        }
        field.hidden = int(inside.size()) - shown;
        QStringList hiddenTitles;
        for (int i = shown; i < inside.size(); ++i)
            hiddenTitles << inside.at(i).title;
        field.hiddenToolTip = hiddenTitles.join(u'\n');
        m_fields << field;
    }
}

void BacklogMatrixWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& colours = palette();
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    for (const Field& field : std::as_const(m_fields)) {
        // Quick wins stand out a little; money pits recede.
        QColor fill = colours.color(QPalette::AlternateBase);
        if (field.quadrant == BacklogQuadrant::QuickWin)
            fill = colours.color(QPalette::Highlight).lighter(190);
        if (colours.color(QPalette::Window).lightness() < 128)
            fill = colours.color(QPalette::AlternateBase);
        painter.fillRect(field.rect.adjusted(1, 1, -1, -1), fill);
        painter.setPen(colours.color(QPalette::Mid));
        painter.drawRect(field.rect);

        const bool bottom = field.quadrant == BacklogQuadrant::FillIn || field.quadrant == BacklogQuadrant::MoneyPit;
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(colours.color(QPalette::WindowText));
        const QRect labelRect = bottom
            ? QRect(field.rect.left(), field.rect.bottom() + spacing, field.rect.width(), line)
            : QRect(field.rect.left(), field.rect.top() - line - spacing, field.rect.width(), line);
        painter.drawText(labelRect, Qt::AlignCenter, BacklogMatrix::label(field.quadrant));
        painter.setFont(font());

        if (field.chips.isEmpty() && field.hidden == 0) {
            painter.setPen(colours.color(QPalette::PlaceholderText));
            painter.drawText(field.rect.adjusted(spacing * 2, spacing * 2, -spacing * 2, -spacing * 2),
                Qt::AlignCenter | Qt::TextWordWrap, BacklogMatrix::advice(field.quadrant));
        }
        for (const Chip& chip : field.chips) {
            const bool current = chip.id == m_current && hasFocus();
            painter.setPen(current ? QPen(colours.color(QPalette::Highlight), 2) : QPen(colours.color(QPalette::Mid)));
            painter.setBrush(colours.color(QPalette::Base));
            painter.drawRoundedRect(chip.rect, 4, 4);
            painter.setPen(colours.color(QPalette::Text));
            painter.drawText(chip.rect.adjusted(spacing * 2, 0, -spacing * 2, 0),
                Qt::AlignLeft | Qt::AlignVCenter, chip.text);
        }
        if (field.hidden > 0) {
            painter.setPen(colours.color(QPalette::WindowText));
            const QRect more(field.rect.left() + spacing * 2, field.rect.bottom() - line - spacing * 2,
                field.rect.width() - spacing * 4, line + spacing);
            painter.drawText(more, Qt::AlignRight | Qt::AlignVCenter, tr("+%n more", nullptr, field.hidden));
        }
    }
    painter.setPen(colours.color(QPalette::WindowText));
    painter.drawText(QRect(m_grid.left(), m_grid.bottom() + line + spacing, m_grid.width(), line),
        Qt::AlignCenter, tr("Effort →"));
    painter.save();
    painter.translate(0, m_grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-m_grid.height() / 2, 0, m_grid.height(), line), Qt::AlignCenter, tr("Value →"));
    painter.restore();
}

const BacklogMatrixWidget::Chip* BacklogMatrixWidget::chipAt(const QPoint& point) const
{
    for (const Field& field : m_fields) {
        for (const Chip& chip : field.chips) {
            if (chip.rect.contains(point))
                return &chip;
        }
    }
    return nullptr;
}

const BacklogMatrixWidget::Field* BacklogMatrixWidget::fieldAt(const QPoint& point) const
{
    for (const Field& field : m_fields) {
        if (field.rect.contains(point))
            return &field;
    }
    return nullptr;
}

void BacklogMatrixWidget::mousePressEvent(QMouseEvent* event)
{
    if (const Chip* chip = chipAt(event->position().toPoint()); chip && event->button() == Qt::LeftButton) {
        emit itemActivated(chip->id);
        return;
    }
    QWidget::mousePressEvent(event);
}

QList<const BacklogMatrixWidget::Chip*> BacklogMatrixWidget::chipsInOrder() const
{
    QList<const Chip*> chips;
    for (const Field& field : m_fields) {
        for (const Chip& chip : field.chips)
            chips << &chip;
    }
    return chips;
}

// The current chip is told to screen readers through the description, since the chips
// are painted, not widgets.
void BacklogMatrixWidget::setCurrent(qint64 id)
{
    const QList<const Chip*> chips = chipsInOrder();
    const auto found = std::find_if(chips.cbegin(), chips.cend(), [id](const Chip* chip) { return chip->id == id; });
    m_current = found == chips.cend() ? 0 : id;
    setAccessibleDescription(found == chips.cend()
            ? tr("Use the arrow keys to go through the backlog items; Enter opens one.")
            : QString((*found)->toolTip).replace(u'\n', QStringLiteral(". ")));
    update();
}

void BacklogMatrixWidget::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    const QList<const Chip*> chips = chipsInOrder();
    if (m_current == 0 && !chips.isEmpty())
        setCurrent(chips.first()->id);
    update();
}

void BacklogMatrixWidget::keyPressEvent(QKeyEvent* event)
{
    const QList<const Chip*> chips = chipsInOrder();
    int at = -1;
    for (int i = 0; i < chips.size(); ++i) {
        if (chips.at(i)->id == m_current)
            at = i;
    }
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (!chips.isEmpty())
            setCurrent(chips.at(qMin(at + 1, int(chips.size()) - 1))->id);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (!chips.isEmpty())
            setCurrent(chips.at(qMax(at - 1, 0))->id);
        return;
    case Qt::Key_Home:
    case Qt::Key_End:
        if (!chips.isEmpty())
            setCurrent((event->key() == Qt::Key_Home ? chips.first() : chips.last())->id);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current != 0) {
            emit itemActivated(m_current);
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool BacklogMatrixWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint at = static_cast<QHelpEvent*>(event)->pos();
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const Chip* chip = chipAt(at))
            QToolTip::showText(help->globalPos(), chip->toolTip, this);
        else if (const Field* field = fieldAt(at))
            QToolTip::showText(help->globalPos(),
                field->hidden > 0 ? BacklogMatrix::advice(field->quadrant) + QStringLiteral("\n\n") + field->hiddenToolTip
                                  : BacklogMatrix::advice(field->quadrant),
                this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::MouseMove)
        setCursor(chipAt(static_cast<QMouseEvent*>(event)->position().toPoint()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    return QWidget::event(event);
}

QRect BacklogMatrixWidget::quadrantRect(BacklogQuadrant quadrant) const
{
    for (const Field& field : m_fields) {
        if (field.quadrant == quadrant)
            return field.rect;
    }
    return {};
}

QRect BacklogMatrixWidget::chipRect(qint64 id) const
{
    for (const Field& field : m_fields) {
        for (const Chip& chip : field.chips) {
            if (chip.id == id)
                return chip.rect;
        }
    }
    return {};
}

int BacklogMatrixWidget::hiddenCount(BacklogQuadrant quadrant) const
{
    for (const Field& field : m_fields) {
        if (field.quadrant == quadrant)
            return field.hidden;
    }
    return 0;
}

} // namespace stuurboord
