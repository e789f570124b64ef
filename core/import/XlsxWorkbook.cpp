#include "XlsxWorkbook.h"

#include "XmlDepth.h"

#include <QDir>
#include <QIODevice>
#include <QXmlStreamReader>

namespace stuurboord {

namespace {

// Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute within the package
// ("/xl/worksheets/sheet1.xml").
QString entryOf(QStringView target)
{
    const QString path = target.startsWith(u'/') ? target.mid(1).toString()
                                                 : QStringLiteral("xl/") + target.toString();
    return QDir::cleanPath(path);
}

} // namespace

bool XlsxWorkbook::readWorkbook(QIODevice& device)
{
    m_sheets.clear();
    m_date1904 = false;
    QXmlStreamReader xml(&device);
    XmlDepth depth;
    while (!xml.atEnd() && !xml.hasError()) {
        if (depth.readNext(xml) != QXmlStreamReader::StartElement || xml.hasError())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView date1904 = attributes.value(QLatin1String("date1904"));
            m_date1904 = date1904 == u"1" || date1904 == u"true";
        } else if (xml.name() == u"sheet") {
            SheetReference sheet;
            sheet.name = attributes.value(QLatin1String("name")).toString();
            // r:id, whatever prefix the writer bound to the relationships namespace
            // (transitional and strict OOXML use different namespace URIs).
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    sheet.relationshipId = attribute.value().toString();
            }
            m_sheets.append(sheet);
        }
    }
    m_error = xml.errorString();
    return !xml.hasError();
}

bool XlsxWorkbook::readRelationships(QIODevice& device)
{
    m_relationships.clear();
    QXmlStreamReader xml(&device);
    XmlDepth depth;
    while (!xml.atEnd() && !xml.hasError()) {
        if (depth.readNext(xml) != QXmlStreamReader::StartElement || xml.hasError()
            || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        m_relationships.insert(attributes.value(QLatin1String("Id")).toString(),
            {attributes.value(QLatin1String("Type")).toString(),
                entryOf(attributes.value(QLatin1String("Target")))});
    }
    m_error = xml.errorString();
    return !xml.hasError();
}

QList<XlsxWorkbook::Sheet> XlsxWorkbook::sheets() const
{
    QList<Sheet> sheets;
    sheets.reserve(m_sheets.size());
    for (const SheetReference& reference : m_sheets) {
        const auto found = m_relationships.constFind(reference.relationshipId);
        Sheet sheet;
        sheet.name = reference.name;
        if (found != m_relationships.cend()) {
            sheet.entry = found->entry;
            sheet.isWorksheet = found->type.endsWith(u"/worksheet");
        }
        sheets.append(sheet);
    }
    return sheets;
}

QString XlsxWorkbook::entryOfType(QStringView typeSuffix, const QString& fallback) const
{
    for (const Relationship& relationship : m_relationships) {
        if (relationship.type.endsWith(typeSuffix))
            return relationship.entry;
    }
    return fallback;
}

QString XlsxWorkbook::sharedStringsEntry() const
{
    return entryOfType(u"/sharedStrings", QStringLiteral("xl/sharedStrings.xml"));
}

QString XlsxWorkbook::stylesEntry() const
{
    return entryOfType(u"/styles", QStringLiteral("xl/styles.xml"));
}

} // namespace stuurboord
