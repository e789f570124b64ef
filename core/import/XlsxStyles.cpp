#include "XlsxStyles.h"

#include "XmlDepth.h"

#include <QHash>
#include <QIODevice>
#include <QXmlStreamReader>

namespace stuurboord {

bool XlsxStyles::read(QIODevice& device)
{
    m_cellKinds.clear();
    m_error.clear();
    QHash<int, XlsxNumberKind> custom;
    QList<int> formatIds;
    bool inCellXfs = false;
    QXmlStreamReader xml(&device);
    XmlDepth depth;
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = depth.readNext(xml);
        if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"numFmt") {
                custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                    classify(attributes.value(QLatin1String("formatCode"))));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                formatIds.append(attributes.value(QLatin1String("numFmtId")).toInt());
            }
        }
    }
    if (xml.hasError()) {
        m_error = xml.errorString();
        return false;
    }
    // <numFmts> comes before <cellXfs>, but nothing forces writers to keep that order.
    m_cellKinds.reserve(formatIds.size());
    for (const int id : std::as_const(formatIds))
        m_cellKinds.append(custom.value(id, builtInKind(id)));
    return true;
}

XlsxNumberKind XlsxStyles::kind(int styleIndex) const
{
    return styleIndex >= 0 && styleIndex < m_cellKinds.size() ? m_cellKinds.at(styleIndex)
                                                              : XlsxNumberKind::Number;
}

XlsxNumberKind XlsxStyles::builtInKind(int numFmtId)
{
    // ECMA-376 part 1, 18.8.30: 14-22 and 45-47 are dates and times in every locale; 27-36
    // and 50-58 are the East-Asian date formats. 46 is [h]:mm:ss.
    if (numFmtId == 46)
        return XlsxNumberKind::Duration;
    if (numFmtId == 9 || numFmtId == 10)
        return XlsxNumberKind::Percent;
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 45 && numFmtId <= 47) || (numFmtId >= 50 && numFmtId <= 58))
        return XlsxNumberKind::DateTime;
    return XlsxNumberKind::Number;
}

// A format is a date when d, m, y, h or s appear as codes: not inside "quoted text", not
// escaped with \ (or the next character of _ and * fills), and not inside [brackets], which
// hold colours and locales ([Red], [$-413]) — except [h], [mm], [ss], which mark elapsed
// time. A % sign outside those makes Excel show the number times 100 (0.0%). Only the first
// section counts: it is the one for positive numbers.
XlsxNumberKind XlsxStyles::classify(QStringView formatCode)
{
    bool dateCodes = false;
    bool percent = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i).toLower();
        if (c == u';') {
            break;
        } else if (c == u'"') {
            const qsizetype close = formatCode.indexOf(u'"', i + 1);
            i = close < 0 ? formatCode.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = formatCode.indexOf(u']', i + 1);
            const QStringView inside
                = formatCode.mid(i + 1, (close < 0 ? formatCode.size() : close) - i - 1);
            const QChar first = inside.isEmpty() ? QChar() : inside.front().toLower();
            const bool elapsed = (first == u'h' || first == u'm' || first == u's')
                && inside.count(first, Qt::CaseInsensitive) == inside.size();
            if (elapsed)
                return XlsxNumberKind::Duration;
            i = close < 0 ? formatCode.size() : close;
        } else if (c == u'd' || c == u'm' || c == u'y' || c == u'h' || c == u's') {
            dateCodes = true;
        } else if (c == u'%') {
            percent = true;
        }
    }
    if (dateCodes)
        return XlsxNumberKind::DateTime;
    return percent ? XlsxNumberKind::Percent : XlsxNumberKind::Number;
}

} // namespace stuurboord
