#include "FigureTile.h"

#include "Sparkline.h"
#include "StatusStyle.h"
#include "dashboard/KpiTile.h"
#include "kpi/KpiFormat.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace stuurboord {

namespace {
QString changeLine(const std::optional<double>& change, KpiUnit unit, const QString& against)
{
    if (!change)
        return {};
    return FigureTile::tr("%1 against %2").arg(KpiFormat::change(*change, unit), against);
}
} // namespace

FigureTile::FigureTile(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_value = new QLabel(this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    m_status = new QLabel(this);
    m_status->setFont(bold);
    m_target = new QLabel(this);
    m_change = new QLabel(this);
    m_change->setWordWrap(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_sparkline = new Sparkline(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_status);
    layout->addWidget(m_target);
    layout->addWidget(m_change);
    layout->addWidget(m_sparkline);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

void FigureTile::setTile(const KpiTile& tile)
{
    m_kpiId = tile.kpiId;
    m_title->setText(tile.name);
    const KpiStatus status = tile.latest ? tile.latest->status : KpiStatus::NoData;
    if (tile.latest) {
        m_value->setText(tr("%1 <span style='font-size:small; font-weight:normal'>%2</span>")
                             .arg(KpiFormat::value(*tile.latest->value, tile.unit).toHtmlEscaped(),
                                 KpiFormat::period(tile.latest->period).toHtmlEscaped()));
    } else {
        m_value->setText(tr("No value yet"));
    }
    m_status->setText(StatusStyle::label(status));
    // A style sheet, because the style may paint labels in its own text colour.
    m_status->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(StatusStyle::colour(status, palette()).name()));
    const auto target = tile.latest ? tile.latest->target : std::nullopt;
    if (target && target->upper)
        m_target->setText(tr("Target: %1 to %2")
                              .arg(KpiFormat::value(target->value, tile.unit),
                                  KpiFormat::value(*target->upper, tile.unit)));
    else if (target)
        m_target->setText(tr("Target: %1").arg(KpiFormat::value(target->value, tile.unit)));
    else
        m_target->setText(tr("No target set"));
    QStringList changes;
    if (tile.latest) {
        const QString previous = changeLine(tile.changeFromPrevious(), tile.unit,
            KpiFormat::period(tile.latest->period.previous()));
        const QString year = changeLine(tile.changeFromYearEarlier(), tile.unit, tr("a year earlier"));
        for (const QString& line : {previous, year}) {
            if (!line.isEmpty())
                changes << line;
        }
        if (changes.isEmpty())
            changes << tr("No earlier period to compare with");
    }
    m_change->setText(changes.join(u'\n'));
    m_change->setVisible(!changes.isEmpty());
    QList<std::optional<double>> values;
    QList<std::optional<double>> targets;
    for (const KpiPoint& point : tile.sparkline) {
        values << (point.status == KpiStatus::Incomplete ? std::nullopt : point.value);
        targets << (point.target ? std::optional<double>(point.target->value) : std::nullopt);
    }
    m_sparkline->setValues(values, targets, StatusStyle::colour(status, palette()));
    m_sparkline->setVisible(!values.isEmpty());
    QString note;
    if (tile.missing)
        note = tr("%1: %2").arg(KpiFormat::period(*tile.missing), tile.missingReason);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    setToolTip(tr("Open “%1”").arg(tile.name));
    setAccessibleName(tr("%1: %2, %3").arg(tile.name, valueText(), statusText()));
}

QString FigureTile::valueText() const
{
    QString text = m_value->text();
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}

QString FigureTile::statusText() const
{
    return m_status->text();
}

QString FigureTile::changeText() const
{
    return m_change->text();
}

void FigureTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(m_kpiId);
    QFrame::mouseReleaseEvent(event);
}

void FigureTile::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated(m_kpiId);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace stuurboord
