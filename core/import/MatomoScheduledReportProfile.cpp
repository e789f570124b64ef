#include "MatomoScheduledReportProfile.h"

#include "MatomoSinglePeriodProfile.h"
#include "ProfileInput.h"
#include "TotalsRow.h"

#include <algorithm>
#include <QCoreApplication>

namespace stuurboord {

namespace {
// A report's title: one cell of words on a line of its own.
bool isTitle(const CsvRecord& record)
{
    const QStringList& cells = record.fields;
    if (cells.isEmpty() || cells.first().trimmed().isEmpty())
        return false;
    const bool alone = std::all_of(cells.cbegin() + 1, cells.cend(),
        [](const QString& cell) { return cell.trimmed().isEmpty(); });
    const QString text = cells.first().trimmed();
    return alone && std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// A header of Matomo's API names: nb_visits, nb_pageviews, … (a label column first for a
// report by site, page or country).
bool isMatomoHeader(const CsvRecord& record)
{
    return record.fields.size() >= 2
        && std::any_of(record.fields.cbegin(), record.fields.cend(), [](const QString& cell) {
               return cell.trimmed().startsWith(QStringLiteral("nb_"));
           });
}

bool namesSitesOrPages(const QString& title)
{
    static const QStringList useful{QStringLiteral("website"), QStringLiteral("site"),
        QStringLiteral("page url"), QStringLiteral("page title"), QStringLiteral("pagina"),
        QStringLiteral("entry page"), QStringLiteral("seiten")};
    const QString lowered = title.toLower();
    return std::any_of(useful.cbegin(), useful.cend(),
        [&lowered](const QString& word) { return lowered.contains(word); });
}
} // namespace

QString MatomoScheduledReportProfile::name() const
{
    return QCoreApplication::translate("Import", "Matomo scheduled report");
}

int MatomoScheduledReportProfile::recognise(const ProfileInput& input, QString* reason) const
{
    // Two reports, each a title line right above a header of Matomo's names.
    int first = -1;
    int reports = 0;
    for (int i = 0; i + 1 < input.head.size(); ++i) {
        const CsvRecord& title = input.head.at(i);
        const CsvRecord& header = input.head.at(i + 1);
        if (isTitle(title) && header.line == title.line + 1 && isMatomoHeader(header)) {
            first = first < 0 ? i : first;
            ++reports;
        }
    }
    if (reports < 2)
        return -1;
    if (reason) {
        *reason = QCoreApplication::translate("Import",
            "reports one after another, each a title above a header of Matomo's names, as a "
            "Matomo scheduled report sends them");
    }
    return first;
}

bool MatomoScheduledReportProfile::begin(
    const ProfileInput& input, ImportSink& sink, QString* error)
{
    const auto period = MatomoSinglePeriodProfile::periodOf(input, sink, error);
    if (!period)
        return false;
    m_period = *period;
    m_keys = input.keys;
    m_organisationKeys.clear();
    m_read.clear();
    m_leftOut.clear();
    startSection(input.head.at(input.headerIndex).fields.first().trimmed());
    return true;
}

void MatomoScheduledReportProfile::startSection(const QString& title)
{
    m_title = title;
    m_expectHeader = true;
    m_rows = 0;
}

void MatomoScheduledReportProfile::readHeader(const CsvRecord& record, ImportSink& sink)
{
    m_expectHeader = false;
    const QStringList& header = record.fields;
    const bool labelled = header.value(0).trimmed().compare(QStringLiteral("label"), Qt::CaseInsensitive) == 0;
    if (!labelled) {
        m_section = Section::Organisation;
        // Matomo writes its own numbers (3.9 actions per visit) in any language.
        m_columns.reset(header, 0, m_keys, NumberConvention::English);
        // Two reports may both carry the visits: the first one counts.
        QStringList again;
        for (const QString& key : m_columns.keys()) {
            if (m_organisationKeys.contains(key))
                again << key;
        }
        m_columns.drop(again);
        m_organisationKeys << m_columns.keys();
    } else if (namesSitesOrPages(m_title)) {
        m_section = Section::ByDimension;
        m_columns.reset(header, 1, m_keys, NumberConvention::English);
    } else {
        m_section = Section::LeftOut;
    }
    Q_UNUSED(sink)
}

void MatomoScheduledReportProfile::closeSection(ImportSink& sink)
{
    Q_UNUSED(sink)
    if (m_title.isEmpty())
        return;
    if (m_section == Section::LeftOut || m_expectHeader)
        m_leftOut << QStringLiteral("“%1” (%2)").arg(m_title).arg(m_rows);
    else
        m_read << QStringLiteral("“%1”").arg(m_title);
    m_title.clear();
}

void MatomoScheduledReportProfile::take(const CsvRecord& record, ImportSink& sink)
{
    if (m_expectHeader) {
        readHeader(record, sink);
        return;
    }
    if (isTitle(record)) {
        closeSection(sink);
        startSection(record.fields.first().trimmed());
        return;
    }
    sink.rowRead();
    ++m_rows;
    switch (m_section) {
    case Section::LeftOut:
        return;
    case Section::Organisation:
        // One row for the whole intranet; a second one has no period or site of its own.
        if (m_rows > 1) {
            sink.reject(record.line,
                QCoreApplication::translate("Import",
                    "report “%1” has one row for the whole period; this further row is not "
                    "imported")
                    .arg(m_title));
            return;
        }
        m_columns.write(record, m_period, {}, sink);
        return;
    case Section::ByDimension:
        if (const QString totals = TotalsRow::reason(record.fields); !totals.isEmpty()) {
            sink.leaveOut(record.line, totals);
            return;
        }
        m_columns.write(record, m_period, record.fields.value(0).trimmed(), sink);
        return;
    }
}

void MatomoScheduledReportProfile::finish(ImportSink& sink)
{
    closeSection(sink);
    sink.decide(QCoreApplication::translate("Import",
        "reports imported: %1 (for the whole intranet, and per site or page where the report "
        "has a row for each)")
                    .arg(m_read.join(QStringLiteral(", "))));
    if (!m_leftOut.isEmpty()) {
        sink.decide(QCoreApplication::translate("Import",
            "reports left out, with their number of rows: %1; they split the figures by "
            "something other than site or page (country, browser, …), which the KPIs do not use")
                        .arg(m_leftOut.join(QStringLiteral(", "))));
    }
    sink.decide(QCoreApplication::translate(
        "Import", "columns ending in _evolution are changes against the period before, not figures"));
}

} // namespace stuurboord
