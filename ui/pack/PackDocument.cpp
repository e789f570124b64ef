#include "PackDocument.h"

#include "PackChartObject.h"
#include "PackStyle.h"
#include "widgets/StatusStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QtMath>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace stuurboord {

namespace {
// The logo as a picture to place `height` pixels tall (96 dpi).
QImage logoImage(const QByteArray& bytes, double height)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // A drawing (SVG) has no pixels of its own and would be rendered at its nominal size,
    // often 45 dpi on the cover: render it for print instead, 300 dpi at the size it is shown.
    const QSize size = reader.size();
    if (reader.format() == "svg" && size.isValid() && size.height() > 0) {
        const int rows = qCeil(height * 300 / 96);
        reader.setScaledSize(QSize(qMax(1, rows * size.width() / size.height()), rows));
    }
    return reader.read();
}
} // namespace

PackDocument::PackDocument(const MeetingPack& pack, QPaintDevice* device, const QSizeF& page)
    : m_pack(pack)
    , m_page(page)
    , m_document(std::make_unique<QTextDocument>())
{
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(PackStyle::font(PackStyle::bodyPoints));
    // The chart is as wide as the text and a little under half as tall: three to a page.
    m_charts = new PackChartObject(pack.charts, QSizeF(page.width(), page.width() * 0.42), m_document.get());
    m_document->documentLayout()->registerHandler(PackChartObject::type, m_charts);
    // Without a page size the layout ignores edits; with one, every cell filled would lay the
    // whole table out again (quadratic in its cells). So fill first, then lay out once.
    m_document->setPageSize(QSizeF(0, 0));
    addCover();
    for (const PackPart& part : pack.parts)
        addPart(part);
    m_document->setPageSize(page);
    keepHeadingsWithText();
}

PackDocument::~PackDocument() = default;

void PackDocument::setVisibleArea(const QRectF& area)
{
    m_charts->setVisibleArea(area);
}

int PackDocument::pageCount() const
{
    return m_document->pageCount();
}

void PackDocument::addCover()
{
    QTextCursor cursor(m_document.get());
    QTextBlockFormat block;
    block.setBottomMargin(PackStyle::spacing(12));
    cursor.setBlockFormat(block);
    // The logo is as tall as two lines of the title, or narrower when it is a wide wordmark.
    double height = PackStyle::spacing(64);
    const QImage logo = logoImage(m_pack.logo, height);
    if (!logo.isNull()) {
        // The logo is the one picture the pack has: the organisation's own.
        const QUrl name(QStringLiteral("pack://logo"));
        m_document->addResource(QTextDocument::ImageResource, name, logo);
        QTextImageFormat image;
        image.setName(name.toString());
        double width = height * logo.width() / qMax(1, logo.height());
        if (width > m_page.width() / 2) {
            height *= m_page.width() / 2 / width;
            width = m_page.width() / 2;
        }
        image.setHeight(height);
        image.setWidth(width);
        cursor.insertImage(image);
        cursor.insertBlock(block);
    }
    cursor.insertText(m_pack.organisation, PackStyle::text(PackStyle::coverOrganisationPoints, false, PackStyle::muted()));
    QTextBlockFormat titleBlock = block;
    titleBlock.setTopMargin(PackStyle::spacing(90));
    cursor.insertBlock(titleBlock);
    cursor.insertText(m_pack.title, PackStyle::text(PackStyle::coverTitlePoints, true, PackStyle::accent()));
    cursor.insertBlock(block);
    cursor.insertText(m_pack.subtitle, PackStyle::text(PackStyle::coverSubtitlePoints, false, PackStyle::ink()));

    QTextBlockFormat spaced = block;
    spaced.setTopMargin(PackStyle::spacing(30));
    cursor.insertBlock(spaced);
    PackTable facts;
    for (const auto& [label, text] : m_pack.facts)
        facts.rows << QStringList{label, text};

    QTextTableFormat plain;
    plain.setBorder(0);
    plain.setCellPadding(PackStyle::spacing(3));
    plain.setCellSpacing(0);
    plain.setWidth(QTextLength(QTextLength::PercentageLength, 80));
    // Wide enough for "Volgende vergadering" on one line.
    plain.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 36), QTextLength(QTextLength::PercentageLength, 64)});
    if (!facts.rows.isEmpty()) {
        QTextTable* table = cursor.insertTable(int(facts.rows.size()), 2, plain);
        for (int row = 0; row < facts.rows.size(); ++row) {
            table->cellAt(row, 0).firstCursorPosition().insertText(facts.rows.at(row).at(0), PackStyle::text(PackStyle::bodyPoints, true, PackStyle::muted()));
            table->cellAt(row, 1).firstCursorPosition().insertText(facts.rows.at(row).at(1), PackStyle::text(PackStyle::bodyPoints, false, PackStyle::ink()));
        }
        cursor.movePosition(QTextCursor::End);
    }
    if (!m_pack.participants.isEmpty()) {
        cursor.insertBlock(spaced, PackStyle::text(PackStyle::subheadingPoints, true, PackStyle::accent()));
        m_headings << cursor.block().position();
        cursor.insertText(QCoreApplication::translate("PackDocument", "Participants"), PackStyle::text(PackStyle::subheadingPoints, true, PackStyle::accent()));
        QTextBlockFormat item;
        item.setBottomMargin(PackStyle::spacing(3));
        const QTextCharFormat itemText = PackStyle::text(PackStyle::bodyPoints, false, PackStyle::ink());
        cursor.insertBlock(item, itemText);
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        cursor.createList(list);
        for (int i = 0; i < m_pack.participants.size(); ++i) {
            if (i > 0)
                cursor.insertBlock(); // stays in the list
            cursor.insertText(m_pack.participants.at(i), itemText);
        }
    }
}

void PackDocument::addPart(const PackPart& part)
{
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat heading;
    heading.setTopMargin(PackStyle::spacing(m_headings.isEmpty() ? 0 : 18));
    heading.setBottomMargin(PackStyle::spacing(6));
    // The first section starts on the page after the cover.
    const bool first = part.section == m_pack.parts.constFirst().section;
    if (first)
        heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(heading, PackStyle::text(PackStyle::headingPoints, true, PackStyle::accent()));
    m_headings << cursor.block().position();
    cursor.insertText(part.heading, PackStyle::text(PackStyle::headingPoints, true, PackStyle::accent()));

    QTextBlockFormat body;
    body.setBottomMargin(PackStyle::spacing(6));
    const QTextCharFormat bodyText = PackStyle::text(PackStyle::bodyPoints, false, PackStyle::ink());
    for (const PackBlock& piece : part.blocks) {
        cursor.movePosition(QTextCursor::End);
        switch (piece.kind) {
        case PackBlock::Kind::Paragraph:
            cursor.insertBlock(body, bodyText);
            cursor.insertText(piece.text, PackStyle::text(PackStyle::bodyPoints, false, PackStyle::ink()));
            break;
        case PackBlock::Kind::Note: {
            QTextBlockFormat note = body;
            note.setTopMargin(PackStyle::spacing(2));
            cursor.insertBlock(note, bodyText);
            QTextCharFormat format = PackStyle::text(PackStyle::notePoints, false, PackStyle::muted());
            format.setFontItalic(true);
            cursor.insertText(piece.text, format);
            break;
        }
        case PackBlock::Kind::Subheading: {
            QTextBlockFormat sub = body;
            sub.setTopMargin(PackStyle::spacing(8));
            cursor.insertBlock(sub, bodyText);
            m_headings << cursor.block().position();
            cursor.insertText(piece.text, PackStyle::text(PackStyle::subheadingPoints, true, PackStyle::ink()));
            break;
        }
        case PackBlock::Kind::Bullets: {
            QTextBlockFormat item = body;
            item.setBottomMargin(PackStyle::spacing(3));
            cursor.insertBlock(item, bodyText);
            QTextListFormat list;
            list.setStyle(QTextListFormat::ListDisc);
            cursor.createList(list);
            for (int i = 0; i < piece.items.size(); ++i) {
                if (i > 0)
                    cursor.insertBlock();
                cursor.insertText(piece.items.at(i), PackStyle::text(PackStyle::bodyPoints, false, PackStyle::ink()));
            }
            cursor.insertBlock(body, bodyText); // leaves the list
            break;
        }
        case PackBlock::Kind::Table:
            cursor.insertBlock(body, bodyText);
            addTable(piece.table);
            break;
        case PackBlock::Kind::Chart: {
            QTextBlockFormat centred = body;
            centred.setAlignment(Qt::AlignHCenter);
            centred.setBottomMargin(PackStyle::spacing(10));
            cursor.insertBlock(centred, bodyText);
            QTextCharFormat chart;
            chart.setObjectType(PackChartObject::type);
            chart.setProperty(PackChartObject::ChartIndex, piece.chart);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), chart);
            break;
        }
        }
    }
}

void PackDocument::addTable(const PackTable& table)
{
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    const int columns = int(table.header.size());
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(0.5);
    format.setBorderBrush(PackStyle::rule());
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(PackStyle::spacing(3));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (table.widths.size() == columns) {
        QList<QTextLength> widths;
        for (int width : table.widths)
            widths << QTextLength(QTextLength::PercentageLength, width);
        format.setColumnWidthConstraints(widths);
    }
    QTextTable* grid = cursor.insertTable(int(table.rows.size()) + 1, columns, format);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    QTextCharFormat headerCell;
    headerCell.setBackground(PackStyle::headerFill());
    for (int column = 0; column < columns; ++column) {
        QTextTableCell cell = grid->cellAt(0, column);
        cell.setFormat(headerCell);
        QTextCursor at = cell.firstCursorPosition();
        if (table.numericColumns.contains(column))
            at.setBlockFormat(right);
        at.insertText(table.header.at(column), PackStyle::text(PackStyle::tablePoints, true, PackStyle::ink()));
    }
    for (int row = 0; row < table.rows.size(); ++row) {
        const bool total = table.lastRowIsTotal && row == table.rows.size() - 1;
        for (int column = 0; column < columns; ++column) {
            QTextCursor at = grid->cellAt(row + 1, column).firstCursorPosition();
            if (table.numericColumns.contains(column))
                at.setBlockFormat(right);
            QString text = table.rows.at(row).value(column);
            QColor colour = PackStyle::ink();
            bool bold = total;
            if (column == table.statusColumn && row < table.rowStatus.size()) {
                const KpiStatus status = table.rowStatus.at(row);
                // Word and symbol as on the dashboard, so colour is never the only cue.
                text = StatusStyle::symbol(status) + u' ' + text;
                colour = StatusStyle::colour(status);
                bold = true;
            }
            at.insertText(text, PackStyle::text(PackStyle::tablePoints, bold, colour));
        }
    }
}

void PackDocument::keepHeadingsWithText()
{
    QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    const double pageHeight = m_document->pageSize().height();
    // Moving one heading can push another; a few rounds settle it.
    for (int round = 0; round < 6; ++round) {
        bool moved = false;
        for (int position : std::as_const(m_headings)) {
            QTextBlock heading = m_document->findBlock(position);
            QTextBlock next = heading.next();
            // The empty paragraph before a table is not what the heading introduces.
            while (next.isValid() && next.text().isEmpty())
                next = next.next();
            if (!next.isValid() || heading.blockFormat().pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore))
                continue;
            const QRectF here = layout->blockBoundingRect(heading);
            const QRectF following = layout->blockBoundingRect(next);
            double firstLineBottom = following.top() + following.height();
            if (next.layout() && next.layout()->lineCount() > 0) {
                const QTextLine line = next.layout()->lineAt(0);
                firstLineBottom = following.top() + line.y() + line.height();
            }
            if (int(firstLineBottom / pageHeight) > int(here.top() / pageHeight)) {
                QTextCursor cursor(heading);
                QTextBlockFormat format = heading.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
                moved = true;
            }
        }
        if (!moved)
            break;
    }
}

} // namespace stuurboord
