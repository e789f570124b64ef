#include "ColumnMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace stuurboord {

namespace {
QString conventionKey(NumberConvention convention)
{
    return convention == NumberConvention::English ? QStringLiteral("english")
                                                   : QStringLiteral("dutch");
}
} // namespace

QStringList ColumnMapping::signature() const
{
    QStringList columns;
    if (!periodColumn.isEmpty())
        columns << periodColumn;
    if (!dimensionColumn.isEmpty())
        columns << dimensionColumn;
    if (!notesColumn.isEmpty())
        columns << notesColumn;
    for (const MetricColumn& metric : metrics)
        columns << metric.column;
    return columns;
}

QString ColumnMapping::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate(
            "Import", "Give the profile a name, so you can recognise it next month.");
    if (metrics.isEmpty())
        return QCoreApplication::translate(
            "Import", "Choose at least one column that holds figures.");
    static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    if (periodColumn.isEmpty() && !fixedPeriod.isEmpty() && !month.match(fixedPeriod).hasMatch())
        return QCoreApplication::translate(
            "Import", "The period “%1” is not a month such as 2026-03.")
            .arg(fixedPeriod);
    for (const MetricColumn& metric : metrics) {
        if (metric.metricKey.trimmed().isEmpty())
            return QCoreApplication::translate("Import", "The column “%1” has no metric.")
                .arg(metric.column);
        if (metric.column == periodColumn || metric.column == dimensionColumn
            || metric.column == notesColumn)
            return QCoreApplication::translate(
                "Import", "The column “%1” cannot be both figures and the period or dimension.")
                .arg(metric.column);
    }
    return {};
}

QByteArray ColumnMapping::toJson() const
{
    QJsonArray columns;
    for (const MetricColumn& metric : metrics)
        columns.append(QJsonObject{{QStringLiteral("column"), metric.column},
            {QStringLiteral("metric"), metric.metricKey},
            {QStringLiteral("name"), metric.metricName}});
    const QJsonObject object{{QStringLiteral("version"), 1}, {QStringLiteral("name"), name},
        {QStringLiteral("periodColumn"), periodColumn},
        {QStringLiteral("fixedPeriod"), fixedPeriod},
        {QStringLiteral("dimensionColumn"), dimensionColumn},
        {QStringLiteral("notesColumn"), notesColumn}, {QStringLiteral("metrics"), columns},
        {QStringLiteral("numbers"), conventionKey(numbers)}, {QStringLiteral("sheet"), sheet},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("dates"),
            !dateOrder                              ? QString()
                : *dateOrder == DateOrder::DayFirst ? QStringLiteral("dayFirst")
                                                    : QStringLiteral("monthFirst")}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject() || document.object().value(QStringLiteral("version")).toInt() != 1) {
        if (error)
            *error
                = QCoreApplication::translate("Import", "The saved import profile cannot be read.");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    ColumnMapping mapping;
    mapping.name = object.value(QStringLiteral("name")).toString();
    mapping.periodColumn = object.value(QStringLiteral("periodColumn")).toString();
    mapping.fixedPeriod = object.value(QStringLiteral("fixedPeriod")).toString();
    mapping.dimensionColumn = object.value(QStringLiteral("dimensionColumn")).toString();
    mapping.notesColumn = object.value(QStringLiteral("notesColumn")).toString();
    mapping.numbers = object.value(QStringLiteral("numbers")).toString() == u"english"
        ? NumberConvention::English
        : NumberConvention::Dutch;
    mapping.sheet = object.value(QStringLiteral("sheet")).toString();
    mapping.encoding = object.value(QStringLiteral("encoding")).toString();
    // Profiles saved before the wizard asked for it decide from the column.
    if (const QString dates = object.value(QStringLiteral("dates")).toString();
        dates == u"dayFirst")
        mapping.dateOrder = DateOrder::DayFirst;
    else if (dates == u"monthFirst")
        mapping.dateOrder = DateOrder::MonthFirst;
    for (const QJsonValue& value : object.value(QStringLiteral("metrics")).toArray()) {
        const QJsonObject metric = value.toObject();
        mapping.metrics << MetricColumn{metric.value(QStringLiteral("column")).toString(),
            metric.value(QStringLiteral("metric")).toString(),
            metric.value(QStringLiteral("name")).toString()};
    }
    return mapping;
}

} // namespace stuurboord
