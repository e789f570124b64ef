#include "SpreadsheetProfile.h"

#include "DateParser.h"
#include "MetricColumns.h"
#include "Microsoft365SiteUsageProfile.h"
#include "NumberParser.h"
#include "RecentTexts.h"
#include "TotalsRow.h"

#include <algorithm>
#include <QCoreApplication>

namespace stuurboord {

namespace {
int columnOf(const QStringList& header, const QStringList& names)
{
    for (int i = 0; i < header.size(); ++i) {
        if (names.contains(header.at(i).trimmed().toLower()))
            return i;
    }
    return -1;
}

const QStringList dateNames{QStringLiteral("date"), QStringLiteral("datum"),
    QStringLiteral("maand"), QStringLiteral("month"), QStringLiteral("periode"),
    QStringLiteral("period"), QStringLiteral("week"), QStringLiteral("dag"), QStringLiteral("day")};
const QStringList metricNames{QStringLiteral("metric"), QStringLiteral("meetwaarde"),
    QStringLiteral("metriek"), QStringLiteral("indicator"), QStringLiteral("kengetal")};
const QStringList valueNames{QStringLiteral("value"), QStringLiteral("waarde"),
    QStringLiteral("aantal"), QStringLiteral("count")};
const QStringList noteNames{QStringLiteral("toelichting"), QStringLiteral("toelichtingen"),
    QStringLiteral("opmerking"), QStringLiteral("opmerkingen"), QStringLiteral("notitie"),
    QStringLiteral("notities"), QStringLiteral("commentaar"), QStringLiteral("note"),
    QStringLiteral("notes"), QStringLiteral("comment"), QStringLiteral("comments"),
    QStringLiteral("remark"), QStringLiteral("remarks"), QStringLiteral("memo")};
const QStringList dimensionNames{QStringLiteral("dimension"), QStringLiteral("dimensie"),
    QStringLiteral("afdeling"), QStringLiteral("department"), QStringLiteral("site"),
    QStringLiteral("team")};

// The month a dated value counts for: a day or a month is its own month; an ISO week
// counts for the month of its Thursday, as ISO 8601 assigns weeks to years.
QString monthOf(const ParsedDate& date)
{
    // A range (Matomo's week or range period) counts for the month with most of its days,
    // as a Microsoft 365 window does.
    if (date.kind == ParsedDate::Kind::Range)
        return Microsoft365SiteUsageProfile::monthForWindow(date.date, date.last);
    const QDate day = date.kind == ParsedDate::Kind::Week ? date.date.addDays(3) : date.date;
    return day.toString(QStringLiteral("yyyy-MM"));
}

QStringList column(const QList<CsvRecord>& records, qsizetype from, int index)
{
    QStringList values;
    for (qsizetype i = from; i < records.size(); ++i)
        values << records.at(i).fields.value(index);
    return values;
}

bool hasSeparator(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c == u',' || c == u'.'; });
}

// A cell by reference: QStringList::value() would copy it for every row.
const QString& cellOf(const CsvRecord& record, int index)
{
    static const QString none;
    return index >= 0 && index < record.fields.size() ? record.fields.at(index) : none;
}
} // namespace

QString SpreadsheetProfile::name() const
{
    return QCoreApplication::translate("Import", "Own spreadsheet");
}

bool SpreadsheetProfile::isMetadata(const QString& header)
{
    const QString name = header.trimmed().toLower();
    return name.startsWith(QStringLiteral("metadata")) || name.startsWith(QStringLiteral("metadaten"))
        || name.startsWith(QStringLiteral("metagegevens"));
}

bool SpreadsheetProfile::isNotesColumn(const QString& header)
{
    return noteNames.contains(header.trimmed().toLower());
}

bool SpreadsheetProfile::looksLikeMatomo(const QStringList& header)
{
    // Matomo's API names its columns nb_visits, nb_uniq_visitors, …; its Dutch interface
    // export says "Bezoeken" and "Unieke bezoekers". Both have one row per period.
    return header.contains(QStringLiteral("nb_visits"))
        || (header.contains(QStringLiteral("Bezoeken"))
            && header.contains(QStringLiteral("Unieke bezoekers")))
        || (header.contains(QStringLiteral("Visits"))
            && header.contains(QStringLiteral("Unique visitors")))
        || (header.contains(QStringLiteral("Besuche"))
            && header.contains(QStringLiteral("Eindeutige Besucher")));
}

int SpreadsheetProfile::recognise(const ProfileInput& input, QString* reason) const
{
    for (int i = 0; i < input.head.size() && i < 20; ++i) {
        const QStringList& header = input.head.at(i).fields;
        if (columnOf(header, dateNames) < 0 || header.size() < 2)
            continue;
        const bool longFormat
            = columnOf(header, metricNames) >= 0 && columnOf(header, valueNames) >= 0;
        if (reason) {
            *reason = longFormat ? QCoreApplication::translate("Import",
                          "line %1 has a date, a metric and a value column (one figure per row)")
                                       .arg(input.head.at(i).line)
                                 : QCoreApplication::translate("Import",
                                     "line %1 has a date column followed by one column per metric")
                                       .arg(input.head.at(i).line);
        }
        return i;
    }
    return -1;
}

bool SpreadsheetProfile::begin(const ProfileInput& input, ImportSink& sink, QString* error)
{
    Q_UNUSED(error)
    m_header = input.head.at(input.headerIndex).fields;
    m_keys = input.keys;
    m_dateColumn = columnOf(m_header, dateNames);
    m_metricColumn = columnOf(m_header, metricNames);
    m_valueColumn = columnOf(m_header, valueNames);
    m_dimensionColumn = columnOf(m_header, dimensionNames);
    m_longFormat = m_metricColumn >= 0 && m_valueColumn >= 0;
    const qsizetype first = input.headerIndex + 1;
    m_secondPass = false;
    forgetDates();
    m_metricKeys.clear();
    m_lastDimension = nullptr;
    m_dimensions.clear();

    if (m_learnedOrder) {
        m_order = m_learnedOrder->first;
        m_orderDecided = true;
        sink.decide(m_learnedOrder->second);
    } else {
        const DateOrderGuess order
            = DateParser::guessOrder(column(input.head, first, m_dateColumn));
        m_order = order.order;
        m_orderDecided = order.decided;
        sink.decide(order.reason);
    }
    m_valueColumns.clear();
    m_noteColumns.clear();
    for (int i = 0; i < m_header.size(); ++i) {
        if (isNotesColumn(m_header.at(i)))
            m_noteColumns << i;
    }
    if (m_longFormat) {
        m_valueColumns << m_valueColumn;
    } else {
        for (int i = 0; i < m_header.size(); ++i) {
            if (i == m_dateColumn || i == m_dimensionColumn || m_noteColumns.contains(i)
                || m_header.at(i).trimmed().isEmpty())
                continue;
            // Matomo adds "Metadaten: is_aggregate" and the like: about the row, not a figure.
            if (isMetadata(m_header.at(i))) {
                sink.decide(QCoreApplication::translate(
                    "Import", "column “%1” describes the row, not a figure: left out")
                                .arg(m_header.at(i).trimmed()));
                continue;
            }
            m_valueColumns << i;
        }
    }
    for (const int index : std::as_const(m_noteColumns)) {
        sink.decide(QCoreApplication::translate("Import",
            "column “%1” holds notes, not figures: each note becomes an event on its month's "
            "charts and in the meeting pack, and goes again when the import is undone")
                        .arg(m_header.at(index).trimmed()));
    }
    m_conventions.fill(NumberConvention{}, m_header.size());
    m_conventionDecided.fill(false, m_header.size());
    for (int index : std::as_const(m_valueColumns)) {
        if (const auto learned = m_learnedConventions.constFind(index);
            learned != m_learnedConventions.cend()) {
            m_conventions[index] = learned->first;
            m_conventionDecided[index] = true;
            sink.decide(QStringLiteral("%1: %2").arg(m_header.at(index), learned->second));
            continue;
        }
        const NumberConventionGuess guess
            = NumberParser::guessConvention(column(input.head, first, index), input.fallback);
        m_conventions[index] = guess.convention;
        m_conventionDecided[index] = guess.decided;
        if (guess.decided)
            sink.decide(QStringLiteral("%1: %2").arg(m_header.at(index), guess.reason));
    }
    return true;
}

void SpreadsheetProfile::learnDateOrder(const QString& text, int line)
{
    const DateOrderGuess shown = DateParser::guessOrder({text}, m_order);
    m_orderDecided = m_orderDecided || shown.decided;
    if (!shown.decided || shown.order == m_order)
        return;
    forgetDates(); // read with the other order from here on
    m_learnedOrder = {shown.order,
        QCoreApplication::translate("Import", "dates read as %1 because %2 occurs on line %3")
            .arg(DateParser::orderName(shown.order), text.trimmed())
            .arg(line)};
    m_orderDecided = m_secondPass = true;
}

void SpreadsheetProfile::learnConvention(int column, const QString& text, int line)
{
    const NumberConventionGuess shown
        = NumberParser::guessConvention({text}, m_conventions.at(column));
    if (!shown.decided)
        return;
    m_conventionDecided[column] = true;
    if (shown.convention == m_conventions.at(column))
        return;
    m_learnedConventions.insert(column,
        {shown.convention,
            QCoreApplication::translate(
                "Import", "numbers read with the convention that “%1” on line %2 shows")
                .arg(text.trimmed())
                .arg(line)});
    m_secondPass = true;
}

const SpreadsheetProfile::DateCell& SpreadsheetProfile::dateOf(const QString& text, int line)
{
    if (m_lastDate && sameText(text, m_lastDate->text))
        return m_lastDate->value;
    // Exports sorted by page or site rather than by date change day on every row: the
    // days seen are kept, so each is parsed once (a few thousand at most in five years).
    const TextIndex<DateCell>::Entry* known = m_isoDates.find(text);
    if (!known)
        known = m_dates.find(text);
    if (!known) {
        // A text seen before taught what it could: ISO dates never decide the order, and
        // in a file sorted by page or site every row changes day.
        if (!m_orderDecided)
            learnDateOrder(text, line);
        if (m_dates.size() > 20000) {
            forgetDates(); // ever new texts must not grow memory without bound
            m_months.clear();
        }
        DateCell cell;
        cell.date = DateParser::parse(text, m_order);
        if (cell.date.hasValue()) {
            // One string per month for all its days: what the figures carry is then the
            // same text object, which later stages recognise by its address (RecentTexts).
            const QString month = monthOf(cell.date);
            auto shared = m_months.constFind(month);
            if (shared == m_months.cend())
                shared = m_months.insert(month, month);
            cell.month = *shared;
        }
        known = &m_dates.insert(text, cell);
        m_isoDates.remember(text, known);
    }
    m_lastDate = known;
    return known->value;
}

// The days seen are parsed again from here on: they point into m_dates.
void SpreadsheetProfile::forgetDates()
{
    m_lastDate = nullptr;
    m_isoDates.clear();
    m_dates.clear();
}

std::pair<const SpreadsheetProfile::Named*, const QString*> SpreadsheetProfile::metricKeyFor(
    const QString& name)
{
    const TextIndex<Named>::Entry* known = m_metricKeys.find(name);
    if (!known) {
        if (m_metricKeys.size() > 10000)
            m_metricKeys.clear(); // a file with ever new names must not grow memory
        const MetricKeys::Unit unit = MetricKeys::unitOf(name);
        known = &m_metricKeys.insert(name,
            Named{m_keys.keyFor(name), unit.unit, unit.factor, MetricColumns::aggregationOf(name)});
    }
    return {&known->value, &known->text};
}

const QString& SpreadsheetProfile::dimensionOf(const QString& text)
{
    // Exports list a site's or a department's figures together.
    if (m_lastDimension && sameText(text, m_lastDimension->text))
        return m_lastDimension->value;
    const TextIndex<QString>::Entry* known = m_dimensions.find(text);
    if (!known) {
        if (m_dimensions.size() > 100000)
            m_dimensions.clear(); // ever new dimensions must not grow memory without bound
        const QString trimmed = text.trimmed();
        known = &m_dimensions.insert(text, trimmed.isNull() ? QStringLiteral("") : trimmed);
    }
    m_lastDimension = known;
    return known->value;
}

void SpreadsheetProfile::take(const CsvRecord& record, ImportSink& sink)
{
    sink.rowRead();
    // Nearly every row starts with a date or a number, which is no totals word: only the
    // others are asked about (a call and a string a row in a file of a million).
    const QString& first = cellOf(record, 0);
    if (first.isEmpty() || !first.front().isDigit()) {
        if (const QString totals = TotalsRow::reason(record.fields); !totals.isEmpty()) {
            sink.leaveOut(record.line, totals);
            return;
        }
    }
    const DateCell& date = dateOf(cellOf(record, m_dateColumn), record.line);
    if (!date.date.hasValue()) {
        sink.reject(record.line,
            date.date.error.isEmpty()
                ? QCoreApplication::translate("Import", "there is no date in column “%1”")
                      .arg(m_header.at(m_dateColumn))
                : date.date.error);
        return;
    }
    for (const int index : std::as_const(m_noteColumns)) {
        if (const QString text = cellOf(record, index).trimmed(); !text.isEmpty()) {
            const QDate first = date.date.date;
            sink.note(ImportNote{
                first, date.month, m_header.at(index).trimmed(), text, record.line});
        }
    }
    if (date.date.kind == ParsedDate::Kind::Range
        && date.date.date.month() != date.date.last.month()) {
        QString reason;
        Microsoft365SiteUsageProfile::monthForWindow(date.date.date, date.date.last, &reason);
        sink.decide(reason
            + QCoreApplication::translate("Import",
                "; the month is marked incomplete until its other days are imported too"));
    }
    static const QString noDimension;
    const QString& dimension
        = m_dimensionColumn >= 0 ? dimensionOf(cellOf(record, m_dimensionColumn)) : noDimension;
    for (int index : std::as_const(m_valueColumns)) {
        const QString& cell = cellOf(record, index);
        if (!m_conventionDecided.at(index) && hasSeparator(cell))
            learnConvention(index, cell, record.line);
        const ParsedNumber number = NumberParser::parse(cell, m_conventions.at(index));
        const QString& written = m_longFormat ? cellOf(record, m_metricColumn) : m_header.at(index);
        if (number.kind == ParsedNumber::Kind::Empty) {
            // An empty cell was not measured: it gives no figure, and in long format
            // the row is reported because it holds nothing else.
            if (m_longFormat)
                sink.reject(
                    record.line, QCoreApplication::translate("Import", "the value is empty"));
            continue;
        }
        if (!number.hasValue()) {
            sink.reject(record.line,
                QCoreApplication::translate("Import", "“%1” in column “%2”: %3")
                    .arg(cell, m_header.at(index), number.error));
            continue;
        }
        const auto [metric, label] = metricKeyFor(written);
        if (m_longFormat && metric->key.isEmpty()) {
            sink.reject(
                record.line, QCoreApplication::translate("Import", "the metric name is empty"));
            continue;
        }
        // Rates and durations average over a quarter; counts add up.
        const bool averages = number.kind == ParsedNumber::Kind::Percent
            || number.kind == ParsedNumber::Kind::Duration;
        static const QString average = QStringLiteral("average");
        static const QString none;
        const QString unit = MetricColumns::unitOf(metric->unit, number);
        // Lent, not copied: see FigureView.
        sink.figureView(FigureView{metric->key, *label,
            !metric->aggregation.isEmpty() ? metric->aggregation
                : averages                 ? average
                                           : none,
            date.month, date.date.date, date.date.lastDay(), dimension,
            number.value * metric->factor, record.line, false, unit});
    }
}

} // namespace stuurboord
