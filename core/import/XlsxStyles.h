#pragma once

#include <QList>
#include <QString>
#include <QStringView>

class QIODevice;

namespace stuurboord {

// What a number in a cell stands for, as far as the import cares. Excel stores dates and
// times as day numbers; only the cell's number format says which numbers are dates.
enum class XlsxNumberKind : quint8
{
    Number,
    DateTime, // a date, a time of day or both
    Duration, // elapsed time such as [h]:mm:ss, which may pass 24 hours
    Percent // 0.0%: Excel stores 0.567 and shows 56.7%
};

// The part of xl/styles.xml that decides how numbers read: a cell's s="N" picks entry N of
// <cellXfs>, whose numFmtId is either built into Excel or defined in <numFmts>.
class XlsxStyles final
{
public:
    bool read(QIODevice& device);
    // Unknown style numbers read as plain numbers: a wrong style must not lose the value.
    XlsxNumberKind kind(int styleIndex) const;
    QString errorString() const { return m_error; }

    static XlsxNumberKind builtInKind(int numFmtId);
    static XlsxNumberKind classify(QStringView formatCode);

private:
    QList<XlsxNumberKind> m_cellKinds;
    QString m_error;
};

} // namespace stuurboord
