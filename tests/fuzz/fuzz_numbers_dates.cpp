// Number and date parsing in both conventions, one value per line.
#include "import/DateParser.h"
#include "import/NumberParser.h"

#include <QString>
#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace stuurboord;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QStringList lines = text.split(u'\n');
    for (const QString& line : lines) {
        NumberParser::parse(line, NumberConvention::Dutch);
        NumberParser::parse(line, NumberConvention::English);
        DateParser::parse(line, DateOrder::DayFirst);
        DateParser::parse(line, DateOrder::MonthFirst);
    }
    NumberParser::guessConvention(lines);
    DateParser::guessOrder(lines);
    return 0;
}
