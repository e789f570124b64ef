#include "MetricColumns.h"

#include "ImportSink.h"
#include "MetricKeys.h"
#include "NumberParser.h"
#include "SpreadsheetProfile.h"

#include <algorithm>
#include <QCoreApplication>

namespace stuurboord {

// A quarter's bounce rate or views per user is the average of its months, not their sum;
// the most actions in one visit is the largest of them. The name says so even when the
// value is a plain number (avg_time_on_site in seconds, 3.96 views per user).
QString MetricColumns::aggregationOf(const QString& header)
{
    static const QStringList averaged{QStringLiteral("avg"), QStringLiteral("average"),
        QStringLiteral("gem"), QStringLiteral("gemiddeld"), QStringLiteral("gemiddelde"),
        QStringLiteral("rate"), QStringLiteral("ratio"), QStringLiteral("per"),
        QStringLiteral("percentage"), QStringLiteral("pct")};
    static const QStringList maximum{
        QStringLiteral("max"), QStringLiteral("maximum"), QStringLiteral("maximaal")};
    const QStringList words = MetricKeys::slug(header).split(u'_');
    const bool average = header.contains(u'%')
        || std::any_of(words.cbegin(), words.cend(), [](const QString& word) {
               // Dutch writes one word: "bouncepercentage".
               return averaged.contains(word) || word.endsWith(QStringLiteral("percentage"));
           });
    if (average)
        return QStringLiteral("average");
    if (maximum.contains(words.value(0)))
        return QStringLiteral("max");
    return {};
}

QString MetricColumns::unitOf(const QString& named, const ParsedNumber& number)
{
    if (!named.isEmpty())
        return named;
    if (number.kind == ParsedNumber::Kind::Percent)
        return QStringLiteral("percentage");
    if (number.kind == ParsedNumber::Kind::Duration)
        return QStringLiteral("seconds");
    return {};
}

void MetricColumns::reset(
    const QStringList& header, int from, const MetricKeys& keys, NumberConvention convention)
{
    m_columns.clear();
    for (qsizetype i = from; i < header.size(); ++i) {
        const QString label = header.at(i).trimmed();
        // Matomo's "visits_evolution" is the change against the period before, not a figure.
        if (label.isEmpty() || SpreadsheetProfile::isMetadata(label)
            || label.endsWith(QStringLiteral("_evolution")))
            continue;
        const MetricKeys::Unit unit = MetricKeys::unitOf(label);
        m_columns << Column{
            i, keys.keyFor(label), label, aggregationOf(label), convention, unit.unit, unit.factor};
    }
}

QStringList MetricColumns::keys() const
{
    QStringList found;
    for (const Column& column : m_columns)
        found << column.key;
    return found;
}

void MetricColumns::drop(const QStringList& keys)
{
    m_columns.removeIf([&keys](const Column& column) { return keys.contains(column.key); });
}

QStringList MetricColumns::guessConventions(const QList<CsvRecord>& rows)
{
    QStringList reasons;
    for (Column& column : m_columns) {
        QStringList samples;
        for (const CsvRecord& row : rows)
            samples << row.fields.value(column.index);
        const NumberConventionGuess guess
            = NumberParser::guessConvention(samples, column.convention);
        column.convention = guess.convention;
        if (guess.decided)
            reasons << QStringLiteral("%1: %2").arg(column.label, guess.reason);
    }
    return reasons;
}

void MetricColumns::write(
    const CsvRecord& record, const Period& period, const QString& dimension, ImportSink& sink) const
{
    for (const Column& column : m_columns) {
        const QString cell = record.fields.value(column.index);
        const ParsedNumber number = NumberParser::parse(cell, column.convention);
        // An empty cell was not measured: no figure, and nothing wrong with the row.
        if (number.kind == ParsedNumber::Kind::Empty)
            continue;
        if (!number.hasValue()) {
            sink.reject(record.line,
                QCoreApplication::translate("Import", "“%1” in column “%2”: %3")
                    .arg(cell, column.label, number.error));
            continue;
        }
        ObservationDraft draft;
        draft.metricKey = column.key;
        draft.metricLabel = column.label;
        draft.aggregation = column.aggregation;
        if (draft.aggregation.isEmpty()) {
            const bool averaged = number.kind == ParsedNumber::Kind::Percent
                || number.kind == ParsedNumber::Kind::Duration;
            draft.aggregation = averaged ? QStringLiteral("average") : QStringLiteral("sum");
        }
        draft.month = period.month;
        draft.windowStart = period.first;
        draft.windowEnd = period.last;
        draft.dimension = dimension;
        draft.value = number.value * column.factor;
        draft.unit = unitOf(column.unit, number);
        draft.line = record.line;
        sink.figure(std::move(draft));
    }
}

} // namespace stuurboord
