#pragma once

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace stuurboord {

// How deep the elements of a workbook part nest. Excel writes a handful of levels, but
// QXmlStreamReader keeps every open element, so a small zip of nothing but nested tags (a
// fuzzer found one: 1.4 kB unpacking to 230,000 levels) takes memory without bound and
// crawls under the sanitizers. Past the limit the reader stops with an error that the
// callers report like any damaged XML.
class XmlDepth final
{
public:
    static constexpr int limit = 64;

    // xml.readNext(), counting the levels it enters and leaves.
    QXmlStreamReader::TokenType readNext(QXmlStreamReader& xml)
    {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && ++m_depth > limit)
            tooDeep(xml);
        else if (token == QXmlStreamReader::EndElement)
            --m_depth;
        return token;
    }

    // The current element was read to its end by other means (readRow(), for example).
    void left() { --m_depth; }

    // xml.skipCurrentElement() with the same bound, below the current element.
    static void skipCurrentElement(QXmlStreamReader& xml)
    {
        int depth = 1;
        while (depth > 0 && !xml.atEnd() && !xml.hasError()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::StartElement && ++depth > limit)
                tooDeep(xml);
            else if (token == QXmlStreamReader::EndElement)
                --depth;
        }
    }

private:
    static void tooDeep(QXmlStreamReader& xml)
    {
        xml.raiseError(QCoreApplication::translate("Import",
            "its elements are nested more than %1 levels deep, which no spreadsheet program "
            "writes")
                           .arg(limit));
    }

    int m_depth = 0;
};

} // namespace stuurboord
