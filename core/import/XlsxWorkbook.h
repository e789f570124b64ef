#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QIODevice;

namespace stuurboord {

// The table of contents of an .xlsx: the sheets in tab order from xl/workbook.xml, and
// where each is stored, from xl/_rels/workbook.xml.rels (a sheet names a relationship id,
// the relationship names the zip entry).
class XlsxWorkbook final
{
public:
    struct Sheet
    {
        QString name;
        QString entry; // zip entry name; empty when the relationships do not say
        bool isWorksheet = false; // chart and dialog sheets hold no cells
    };

    bool readWorkbook(QIODevice& device);
    bool readRelationships(QIODevice& device);

    QList<Sheet> sheets() const;
    // Where the relationships put the shared text table; the usual place otherwise.
    QString sharedStringsEntry() const;
    QString stylesEntry() const;
    // Serial day numbers count from 1904-01-01 instead of 1900 (old Mac workbooks).
    bool date1904() const { return m_date1904; }
    QString errorString() const { return m_error; }

private:
    struct Relationship
    {
        QString type;
        QString entry;
    };
    struct SheetReference
    {
        QString name;
        QString relationshipId;
    };

    QString entryOfType(QStringView typeSuffix, const QString& fallback) const;

    QList<SheetReference> m_sheets;
    QHash<QString, Relationship> m_relationships;
    bool m_date1904 = false;
    QString m_error;
};

} // namespace stuurboord
