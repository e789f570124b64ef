#include "XlsxSharedStrings.h"

#include "XlsxLimits.h"
#include "XmlDepth.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QXmlStreamReader>

namespace stuurboord {

namespace {

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// OOXML writes characters that XML cannot hold (control characters such as a carriage
// return) as _xHHHH_; a literal "_x" in the text is itself written as _x005F_x.
QString decodeEscapes(const QString& text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x'
            && text.at(i + 6) == u'_' && isHex(text.at(i + 2)) && isHex(text.at(i + 3))
            && isHex(text.at(i + 4)) && isHex(text.at(i + 5))) {
            out += QChar(QStringView(text).mid(i + 2, 4).toUShort(nullptr, 16));
            i += 6;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

} // namespace

bool XlsxSharedStrings::read(QIODevice& device, const XlsxLimits& limits)
{
    m_pool.clear();
    m_ends.clear();
    m_error.clear();
    const QString tooLarge = QCoreApplication::translate("Import",
        "The workbook's shared text table is larger than Stuurboord reads (more than %L1 "
        "texts or %L2 characters). Save the sheet as CSV, or split the workbook.")
                                 .arg(limits.maxSharedStrings)
                                 .arg(limits.maxSharedStringChars);
    QXmlStreamReader xml(&device);
    XmlDepth depth;
    while (!xml.atEnd() && !xml.hasError()) {
        if (depth.readNext(xml) != QXmlStreamReader::StartElement || xml.hasError())
            continue;
        if (xml.name() == u"sst") {
            // An honest count lets a huge table fail at once instead of after reading it;
            // a false one is caught by counting below.
            if (xml.attributes().value(QLatin1String("uniqueCount")).toLongLong()
                > limits.maxSharedStrings) {
                m_error = tooLarge;
                return false;
            }
        } else if (xml.name() == u"si") {
            m_pool += readText(xml);
            depth.left(); // readText() read the text to its end
            if (m_ends.size() >= limits.maxSharedStrings
                || m_pool.size() > limits.maxSharedStringChars) {
                m_pool.clear();
                m_ends.clear();
                m_error = tooLarge;
                return false;
            }
            m_ends.append(m_pool.size());
        }
    }
    if (xml.hasError()) {
        m_error = QCoreApplication::translate(
            "Import", "The workbook's shared text table (xl/sharedStrings.xml) is damaged: %1")
                      .arg(xml.errorString());
        return false;
    }
    m_pool.squeeze();
    m_ends.squeeze();
    return true;
}

QString XlsxSharedStrings::text(qsizetype index) const
{
    if (index < 0 || index >= m_ends.size())
        return {};
    const qsizetype start = index == 0 ? 0 : m_ends.at(index - 1);
    return m_pool.mid(start, m_ends.at(index) - start);
}

QString XlsxSharedStrings::readText(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"t")
                text += xml.readElementText();
            else if (xml.name() == u"rPh")
                XmlDepth::skipCurrentElement(xml);
            else if (++depth > XmlDepth::limit)
                XmlDepth::skipCurrentElement(xml); // raises the error: nested too deep
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return decodeEscapes(text);
}

} // namespace stuurboord
