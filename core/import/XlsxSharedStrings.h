#pragma once

#include <QList>
#include <QString>

class QIODevice;
class QXmlStreamReader;

namespace stuurboord {

struct XlsxLimits;

// xl/sharedStrings.xml: Excel stores each distinct text once and cells refer to it by
// number (t="s"). The table must stay in memory for the whole read, so it is kept as one
// pool of characters with end offsets rather than a list of millions of small strings.
class XlsxSharedStrings final
{
public:
    bool read(QIODevice& device, const XlsxLimits& limits);
    qsizetype count() const { return m_ends.size(); }
    QString text(qsizetype index) const;
    QString errorString() const { return m_error; }

    // The text of the <si> or <is> element the reader has just started: plain <t> or the
    // <t> of each rich-text run, joined; phonetic guides (<rPh>) are left out. Leaves the
    // reader on the element's end.
    static QString readText(QXmlStreamReader& xml);

private:
    QString m_pool;
    QList<qsizetype> m_ends;
    QString m_error;
};

} // namespace stuurboord
