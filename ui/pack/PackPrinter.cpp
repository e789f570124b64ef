#include "PackPrinter.h"

#include "PackDocument.h"
#include "PackStyle.h"
#include "report/PackLanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QScreen>
#include <QTextDocument>

namespace stuurboord {

namespace {
void paintMargins(QPainter& painter, const MeetingPack& pack, int page, int pages, const QRectF& paper, double mm)
{
    painter.save();
    painter.setFont(PackStyle::font(PackStyle::marginPoints));
    painter.setPen(PackStyle::muted());
    const double left = 20 * mm;
    const double width = paper.width() - 40 * mm;
    if (page > 0) {
        const QRectF header(left, 8 * mm, width, 7 * mm);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, pack.headerText);
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, pack.subtitle);
        painter.setPen(QPen(PackStyle::rule(), 0.5 * mm / 2));
        painter.drawLine(QPointF(left, 16 * mm), QPointF(left + width, 16 * mm));
        painter.setPen(PackStyle::muted());
    }
    const QRectF footer(left, paper.height() - 15 * mm, width, 7 * mm);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, pack.documentTitle);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
        QCoreApplication::translate("PackPrinter", "Page %1 of %2").arg(page + 1).arg(pages));
    painter.restore();
}
} // namespace

void PackPrinter::prepare(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

int PackPrinter::resolution()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

int PackPrinter::print(const MeetingPack& pack, QPagedPaintDevice& device)
{
    // Chart axes and anything formatted while painting follow the pack's language too.
    const PackLanguage language(pack.language);
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const double mm = device.logicalDpiY() / 25.4;
    const QRectF paper(0, 0, device.width(), device.height());
    const QRectF body(20 * mm, 22 * mm, paper.width() - 40 * mm, paper.height() - 22 * mm - 22 * mm);
    PackDocument document(pack, &device, body.size());
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        paintMargins(painter, pack, page, pages, paper, mm);
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, PackStyle::ink());
        painter.setClipRect(context.clip);
        document.setVisibleArea(context.clip);
        document.document().documentLayout()->draw(&painter, context);
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace stuurboord
