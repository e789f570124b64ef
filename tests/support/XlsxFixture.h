#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>
#include <utility>

// Builds real .xlsx files for tests. Every part is kept as the bytes that go into the zip,
// so a test can leave one out, damage it, or make it enormous.
class XlsxFixture final
{
public:
    // A workbook with these sheets in tab order, each given as the XML inside <sheetData>.
    // Styles and shared text are left out until a test sets them.
    explicit XlsxFixture(const QList<std::pair<QString, QByteArray>>& sheets)
    {
        QByteArray sheetList;
        QByteArray relationships;
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            sheetList += "<sheet name=\"" + sheets[i].first.toUtf8() + "\" sheetId=\"" + n
                + "\" r:id=\"rId" + n + "\"/>";
            relationships += "<Relationship Id=\"rId" + n + "\" Type=\"" + kRelationshipTypes
                + "/worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
            entries.insert(
                QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheet(sheets[i].second));
        }
        relationships += "<Relationship Id=\"rIdStyles\" Type=\"" + kRelationshipTypes
            + "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdStrings\" Type=\""
            + kRelationshipTypes + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        entries.insert(QStringLiteral("[Content_Types].xml"),
            kXmlHeader
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  "<Default Extension=\"rels\" ContentType=\"application/"
                  "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                  "ContentType=\"application/xml\"/></Types>");
        entries.insert(QStringLiteral("_rels/.rels"),
            kXmlHeader + "<Relationships xmlns=\"" + kPackageRelationships
                + "\"><Relationship Id=\"rId1\" Type=\"" + kRelationshipTypes
                + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entries.insert(QStringLiteral("xl/workbook.xml"),
            kXmlHeader + "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRelationshipTypes
                + "\"><workbookPr/><sheets>" + sheetList + "</sheets></workbook>");
        entries.insert(QStringLiteral("xl/_rels/workbook.xml.rels"),
            kXmlHeader + "<Relationships xmlns=\"" + kPackageRelationships + "\">" + relationships
                + "</Relationships>");
    }

    static QByteArray sheet(const QByteArray& rows, const QByteArray& dimension = "A1")
    {
        return kXmlHeader + "<worksheet xmlns=\"" + kMain + "\" xmlns:r=\"" + kRelationshipTypes
            + "\"><dimension ref=\"" + dimension + "\"/><sheetData>" + rows
            + "</sheetData></worksheet>";
    }

    // <si> elements as written, so a test can use rich text and phonetic runs.
    XlsxFixture& sharedStrings(const QByteArray& items, qsizetype uniqueCount)
    {
        entries.insert(QStringLiteral("xl/sharedStrings.xml"),
            kXmlHeader + "<sst xmlns=\"" + kMain + "\" uniqueCount=\""
                + QByteArray::number(uniqueCount) + "\">" + items + "</sst>");
        return *this;
    }

    XlsxFixture& styles(const QByteArray& numFmts, const QByteArray& cellXfs)
    {
        entries.insert(QStringLiteral("xl/styles.xml"),
            kXmlHeader + "<styleSheet xmlns=\"" + kMain + "\"><numFmts>" + numFmts
                + "</numFmts><cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>" + cellXfs
                + "</cellXfs></styleSheet>");
        return *this;
    }

    // Appends this many spaces to a part when it is written: legal after the root element,
    // and a zip squeezes them to almost nothing, which makes a small "zip bomb".
    XlsxFixture& pad(const QString& entry, qint64 spaces)
    {
        padding.insert(entry, spaces);
        return *this;
    }

    bool write(const QString& path) const
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdCreate))
            return false;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())))
                return false;
            file.write(it.value());
            const QByteArray spaces(1024 * 1024, ' ');
            for (qint64 left = padding.value(it.key()); left > 0; left -= spaces.size())
                file.write(spaces.constData(), std::min<qint64>(left, spaces.size()));
            file.close();
            if (file.getZipError() != UNZ_OK)
                return false;
        }
        zip.close();
        return zip.getZipError() == UNZ_OK;
    }

    QMap<QString, QByteArray> entries;
    QHash<QString, qint64> padding;

    inline static const QByteArray kXmlHeader
        = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    inline static const QByteArray kMain
        = QByteArrayLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    inline static const QByteArray kRelationshipTypes
        = QByteArrayLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    inline static const QByteArray kPackageRelationships
        = QByteArrayLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
};
