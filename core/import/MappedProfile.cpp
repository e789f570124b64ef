#include "MappedProfile.h"

#include "DateParser.h"
#include "MatomoSinglePeriodProfile.h"
#include "TotalsRow.h"

#include <QCoreApplication>

namespace stuurboord {

namespace {
const QString periodHeader = QStringLiteral("date");
const QString dimensionHeader = QStringLiteral("dimension");
const QString notesHeader = QStringLiteral("notes"); // a name SpreadsheetProfile reads as notes

int columnIndex(const QStringList& header, const QString& name)
{
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}
} // namespace

// Gives figures the metrics the coordinator chose in the wizard. The renamed columns are
// called #1, #2, …: a metric key such as "site" or "week" would otherwise be taken for a
// dimension or a period column.
class MappedProfile::Named final : public ImportSink
{
public:
    Named(ImportSink& sink, const QHash<QString, ColumnMapping::MetricColumn>& columns,
        const QString& notesColumn)
        : m_sink(sink)
        , m_columns(columns)
        , m_notesColumn(notesColumn)
    {
    }
    void note(ImportNote&& note) override
    {
        note.column = m_notesColumn;
        m_sink.note(std::move(note));
    }
    void leaveOut(int line, const QString& reason) override { m_sink.leaveOut(line, reason); }
    void figure(ObservationDraft&& draft) override
    {
        const ColumnMapping::MetricColumn& column = m_columns[draft.metricLabel];
        draft.metricKey = column.metricKey;
        draft.metricLabel = column.metricName.isEmpty() ? column.column : column.metricName;
        draft.labelChosen = !column.metricName.isEmpty();
        m_sink.figure(std::move(draft));
    }
    void reject(int line, const QString& reason) override { m_sink.reject(line, reason); }
    void decide(const QString& decision) override
    {
        // The inner profile knows the notes column by its canonical name only.
        QString named = decision;
        if (!m_notesColumn.isEmpty())
            named.replace(u'“' + notesHeader + u'”', u'“' + m_notesColumn + u'”');
        m_sink.decide(named);
    }
    void rowRead() override { m_sink.rowRead(); }

private:
    ImportSink& m_sink;
    const QHash<QString, ColumnMapping::MetricColumn>& m_columns;
    const QString& m_notesColumn;
};

MappedProfile::MappedProfile(ColumnMapping mapping)
    : m_mapping(std::move(mapping))
{
    for (qsizetype i = 0; i < m_mapping.metrics.size(); ++i)
        m_columns.insert(QStringLiteral("#%1").arg(i + 1), m_mapping.metrics.at(i));
}

int MappedProfile::recognise(const ProfileInput& input, QString* reason) const
{
    const QStringList wanted = m_mapping.signature();
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < input.head.size() && i < 20; ++i) {
        const QStringList& header = input.head.at(i).fields;
        const bool all = std::all_of(wanted.cbegin(), wanted.cend(),
            [&header](const QString& column) { return columnIndex(header, column) >= 0; });
        if (all) {
            if (reason)
                *reason = QCoreApplication::translate(
                    "Import", "the header on line %1 matches your saved profile “%2”")
                              .arg(input.head.at(i).line)
                              .arg(m_mapping.name);
            return i;
        }
    }
    return -1;
}

bool MappedProfile::begin(const ProfileInput& input, ImportSink& sink, QString* error)
{
    const QStringList header = input.head.at(input.headerIndex).fields;
    m_periodIndex
        = m_mapping.periodColumn.isEmpty() ? -1 : columnIndex(header, m_mapping.periodColumn);
    m_dimensionIndex
        = m_mapping.dimensionColumn.isEmpty() ? -1 : columnIndex(header, m_mapping.dimensionColumn);
    m_notesIndex
        = m_mapping.notesColumn.isEmpty() ? -1 : columnIndex(header, m_mapping.notesColumn);
    m_metricIndexes.clear();
    for (const ColumnMapping::MetricColumn& metric : std::as_const(m_mapping.metrics))
        m_metricIndexes << columnIndex(header, metric.column);

    m_period.clear();
    if (m_periodIndex < 0) {
        m_period = input.options.value(QStringLiteral("period"));
        if (m_period.isEmpty())
            m_period = m_mapping.fixedPeriod;
        if (m_period.isEmpty())
            m_period = MatomoSinglePeriodProfile::monthInFileName(input.fileName);
        if (m_period.isEmpty()) {
            *error = QCoreApplication::translate("Import",
                "The profile “%1” reads one period per file, but the file name does not say "
                "which month. Give the month (for example --period 2026-03).")
                         .arg(m_mapping.name);
            sink.offer(QStringLiteral("period"), {});
            return false;
        }
        sink.decide(
            QCoreApplication::translate("Import", "all figures count for %1").arg(m_period));
    }

    ProfileInput inner = input;
    QStringList canonical{periodHeader};
    if (m_dimensionIndex >= 0)
        canonical << dimensionHeader;
    if (m_notesIndex >= 0)
        canonical << notesHeader;
    for (qsizetype i = 0; i < m_mapping.metrics.size(); ++i)
        canonical << QStringLiteral("#%1").arg(i + 1);
    inner.head = {CsvRecord{input.head.at(input.headerIndex).line, canonical}};
    for (qsizetype i = input.headerIndex + 1; i < input.head.size(); ++i)
        inner.head << rewrite(input.head.at(i));
    inner.headerIndex = 0;
    inner.fallback = m_mapping.numbers;
    if (m_mapping.dateOrder) {
        m_inner.fixDateOrder(*m_mapping.dateOrder,
            QCoreApplication::translate("Import", "dates read as %1, as the profile “%2” says")
                .arg(DateParser::orderName(*m_mapping.dateOrder), m_mapping.name));
    }
    Named named(sink, m_columns, m_mapping.notesColumn);
    return m_inner.begin(inner, named, error);
}

CsvRecord MappedProfile::rewrite(const CsvRecord& record) const
{
    CsvRecord canonical{record.line, {}};
    canonical.fields.reserve(m_metricIndexes.size() + 2);
    canonical.fields << (m_periodIndex >= 0 ? record.fields.value(m_periodIndex) : m_period);
    if (m_dimensionIndex >= 0)
        canonical.fields << record.fields.value(m_dimensionIndex);
    if (m_notesIndex >= 0)
        canonical.fields << record.fields.value(m_notesIndex);
    for (int index : m_metricIndexes)
        canonical.fields << record.fields.value(index);
    return canonical;
}

void MappedProfile::take(const CsvRecord& record, ImportSink& sink)
{
    // A totals row is recognised in the file's own first column, which the renamed
    // record may not start with.
    if (const QString totals = TotalsRow::reason(record.fields); !totals.isEmpty()) {
        sink.rowRead();
        sink.leaveOut(record.line, totals);
        return;
    }
    Named named(sink, m_columns, m_mapping.notesColumn);
    m_inner.take(rewrite(record), named);
}

} // namespace stuurboord
