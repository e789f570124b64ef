#pragma once

#include "report/MeetingPack.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <memory>

class QPaintDevice;
class QTextDocument;

namespace stuurboord {

class PackChartObject;

// Lays a meeting pack out as a paginated rich-text document on a paint device: a cover page,
// then each section with its heading, paragraphs, tables (their header row repeated on
// every page they span) and charts. A heading that would end a page is moved to the next.
class PackDocument final
{
public:
    // `page` is the text area of one page in the device's pixels.
    PackDocument(const MeetingPack& pack, QPaintDevice* device, const QSizeF& page);
    ~PackDocument();
    Q_DISABLE_COPY_MOVE(PackDocument)

    QTextDocument& document() { return *m_document; }
    int pageCount() const;
    // Limits chart painting to the page being painted (document coordinates).
    void setVisibleArea(const QRectF& area);

private:
    void addCover();
    void addPart(const PackPart& part);
    void addTable(const PackTable& table);
    void keepHeadingsWithText();

    const MeetingPack& m_pack;
    QSizeF m_page;
    std::unique_ptr<QTextDocument> m_document;
    PackChartObject* m_charts = nullptr; // owned by the document
    QList<int> m_headings; // positions of heading blocks
    double m_pixelsPerPoint = 1;
};

} // namespace stuurboord
