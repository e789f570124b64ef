#pragma once

#include <QString>
#include <QStringView>

namespace stuurboord {

// Turns the numbers an .xlsx stores into the text a CSV export of the same sheet would
// hold, so the rest of the import pipeline cannot tell the two apart.
class XlsxNumberText final
{
public:
    // Excel's own precision, 15 significant digits, in C notation without an exponent for
    // ordinary values: 0.64500000000000002 -> "0.645", 5000000000 -> "5000000000".
    static QString number(double value);
    // Whether stored text is already what number() would make of it ("42", "1234.5"), as
    // it is for most cells: then it need not be parsed and written again.
    static bool isPlain(QStringView stored);
    // A serial day number as ISO text: "2024-04-01", "2024-04-01 12:00:00", or "12:00:00" for
    // a time of day (0 < serial < 1). Empty when the serial is no date Excel can show.
    static QString dateTime(double serial, bool date1904);
    // Elapsed time as hours:minutes:seconds, hours past 24 kept: 1.5 -> "36:00:00".
    static QString duration(double days);
};

} // namespace stuurboord
