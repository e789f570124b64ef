#include "UniversalAnalyticsProfile.h"

#include "DateParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stuurboord {

namespace {
// "# 20220101-20220131": the range the report covers.
QRegularExpressionMatch rangeOf(const QString& line)
{
    static const QRegularExpression range(QStringLiteral("^\\s*(\\d{8})\\s*-\\s*(\\d{8})\\s*$"));
    return range.match(line);
}
} // namespace

QString UniversalAnalyticsProfile::name() const
{
    return QCoreApplication::translate("Import", "Universal Analytics");
}

int UniversalAnalyticsProfile::recognise(const ProfileInput& input, QString* reason) const
{
    if (input.head.isEmpty() || input.head.first().fields.size() < 2)
        return -1;
    for (const CsvComment& comment : input.comments) {
        if (comment.line > input.head.first().line)
            break;
        if (const auto range = rangeOf(comment.text); range.hasMatch()) {
            if (reason) {
                *reason = QCoreApplication::translate(
                    "Import", "the preamble has a Universal Analytics date range (%1)")
                              .arg(comment.text.trimmed());
            }
            return 0;
        }
    }
    return -1;
}

AnalyticsReportProfile::Window UniversalAnalyticsProfile::reportWindow(
    const QList<CsvComment>& block) const
{
    for (const CsvComment& comment : block) {
        if (const auto range = rangeOf(comment.text); range.hasMatch()) {
            return {DateParser::parse(range.capturedView(1)).date,
                DateParser::parse(range.capturedView(2)).date, {}};
        }
    }
    return {};
}

bool UniversalAnalyticsProfile::datesRows(const QString& name) const
{
    static const QStringList dating{
        QStringLiteral("day index"), QStringLiteral("date"), QStringLiteral("month of year")};
    return dating.contains(name.toLower());
}

AnalyticsReportProfile::Window UniversalAnalyticsProfile::rowWindow(
    const QString& column, const QString& cell, const Window& report) const
{
    // Universal Analytics writes days the American way (1/31/22) whatever the language.
    return within(DateParser::parse(cell, DateOrder::MonthFirst), column, report);
}

} // namespace stuurboord
