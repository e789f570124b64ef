#include "MeetingPackHtml.h"

#include "domain/ActionItem.h"
#include "domain/BacklogItem.h"
#include "domain/Decision.h"
#include "domain/Kpi.h"
#include "domain/Meeting.h"
#include "kpi/KpiEvaluator.h"
#include "widgets/StatusStyle.h"
#include "models/ValueFormatter.h"
#include "storage/queries/BudgetQueries.h"
#include "storage/queries/UsageQueries.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDate>

namespace stuurboord {

namespace {
QString cell(const QString& text, bool number = false)
{
    return (number ? QStringLiteral("<td align=right>") : QStringLiteral("<td>"))
        + text.toHtmlEscaped() + QStringLiteral("</td>");
}

QString header(const QStringList& labels)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& label : labels)
        html += QStringLiteral("<th align=left>") + label.toHtmlEscaped() + QStringLiteral("</th>");
    return html + QStringLiteral("</tr>");
}

QString table()
{
    return QStringLiteral("<table border=1 cellspacing=0 cellpadding=4 width=100%>");
}
} // namespace

QString MeetingPackHtml::build(Workspace& workspace, qint64 meetingId)
{
    RecordStore& store = workspace.records();
    const std::optional<Meeting> meeting = workspace.repository<Meeting>().get(meetingId);
    QString html = QStringLiteral("<h1>%1</h1>").arg(workspace.organisationName().toHtmlEscaped());
    if (!meeting)
        return html + QStringLiteral("<p>")
            + QCoreApplication::translate("MeetingPack",
                "There are no meetings yet. Add a stakeholder meeting on the Stakeholders page to "
                "prepare its meeting pack.")
            + QStringLiteral("</p>");
    html += QStringLiteral("<h2>%1 — %2</h2>")
                .arg(meeting->title.toHtmlEscaped(), ValueFormatter::date(meeting->date));
    if (!meeting->agenda.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(QCoreApplication::translate("MeetingPack", "Agenda"),
                        meeting->agenda.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));

    html += QStringLiteral("<h3>%1</h3>")
                .arg(QCoreApplication::translate("MeetingPack", "Usage figures"));
    const QList<UsageQueries::Series> usage = UsageQueries(workspace.database()).monthlyTotals();
    if (usage.isEmpty()) {
        html += QStringLiteral("<p>")
            + QCoreApplication::translate("MeetingPack", "No usage data imported yet.")
            + QStringLiteral("</p>");
    } else {
        html += table()
            + header({QCoreApplication::translate("MeetingPack", "Metric"),
                QCoreApplication::translate("MeetingPack", "Month"),
                QCoreApplication::translate("MeetingPack", "Value"),
                QCoreApplication::translate("MeetingPack", "Previous month")});
        for (const UsageQueries::Series& series : usage) {
            const auto keys = series.byMonth.keys();
            const QString last = keys.last();
            const QString previous = keys.size() > 1
                ? ValueFormatter::number(series.byMonth.value(keys.at(keys.size() - 2)))
                : QString();
            html += QStringLiteral("<tr>") + cell(series.metric.name)
                + cell(ValueFormatter::month(last))
                + cell(ValueFormatter::number(series.byMonth.value(last)), true)
                + cell(previous, true) + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(QCoreApplication::translate("MeetingPack", "KPIs"));
    html += table()
        + header({QCoreApplication::translate("MeetingPack", "KPI"), QCoreApplication::translate("MeetingPack", "Period"),
                  QCoreApplication::translate("MeetingPack", "Value"), QCoreApplication::translate("MeetingPack", "Target"),
                  QCoreApplication::translate("MeetingPack", "Status")});
    const KpiEvaluator evaluator(workspace);
    for (const Kpi& kpi : workspace.repository<Kpi>().all()) {
        if (kpi.lifecycle != KpiLifecycle::Active && kpi.lifecycle != KpiLifecycle::UnderReview)
            continue;
        const QList<KpiPoint> points = evaluator.series(kpi);
        if (points.isEmpty())
            continue;
        const KpiPoint& last = points.last();
        html += QStringLiteral("<tr>") + cell(kpi.name) + cell(last.period.toString())
            + cell(last.value ? ValueFormatter::number(*last.value, 1) : QString(), true)
            + cell(last.target ? ValueFormatter::number(last.target->value, 1) : QString(), true)
            + QStringLiteral("<td><font color=\"%1\">%2</font></td>")
                  .arg(StatusStyle::colour(last.status).name(), StatusStyle::text(last.status).toHtmlEscaped())
            + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>")
                .arg(QCoreApplication::translate("MeetingPack", "Open action items"));
    html += table()
        + header({QCoreApplication::translate("MeetingPack", "Action"),
            QCoreApplication::translate("MeetingPack", "Owner"),
            QCoreApplication::translate("MeetingPack", "Due"),
            QCoreApplication::translate("MeetingPack", "Status")});
    for (const ActionItem& action : workspace.repository<ActionItem>().all()) {
        if (action.status == ActionStatus::Done || action.status == ActionStatus::Cancelled)
            continue;
        html += QStringLiteral("<tr>") + cell(action.description)
            + cell(store.displayName(QStringLiteral("stakeholder"), action.ownerId))
            + cell(ValueFormatter::date(action.due)) + cell(ValueFormatter::capitalised(enumLabel(action.status)))
            + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    QList<Meeting> earlier;
    for (const Meeting& other :
        workspace.repository<Meeting>().where(QStringLiteral("series_id"), meeting->seriesId)) {
        if (other.date < meeting->date)
            earlier << other;
    }
    std::sort(earlier.begin(), earlier.end(),
        [](const Meeting& a, const Meeting& b) { return a.date > b.date; });
    if (!earlier.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>")
                    .arg(QCoreApplication::translate(
                        "MeetingPack", "Decisions of the previous meeting (%1)")
                             .arg(ValueFormatter::date(earlier.first().date)));
        for (const Decision& decision : workspace.repository<Decision>().where(
                 QStringLiteral("meeting_id"), earlier.first().id))
            html
                += QStringLiteral("<li>") + decision.text.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }

    const BudgetQueries budget(workspace.database());
    const int year = budget.years().contains(meeting->date.year()) ? meeting->date.year()
                                                                   : budget.years().value(0);
    html += QStringLiteral("<h3>%1</h3>")
                .arg(QCoreApplication::translate("MeetingPack", "Budget %1").arg(year));
    html += table()
        + header({QCoreApplication::translate("MeetingPack", "Budget line"),
            QCoreApplication::translate("MeetingPack", "Planned"),
            QCoreApplication::translate("MeetingPack", "Spent")});
    for (const BudgetQueries::Line& line : budget.lines(year)) {
        html += QStringLiteral("<tr>") + cell(line.description)
            + cell(ValueFormatter::money(line.plannedCents), true)
            + cell(ValueFormatter::money(line.spentCents), true) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>")
                .arg(QCoreApplication::translate("MeetingPack", "Top of the phase-two backlog"));
    html += table()
        + header({QCoreApplication::translate("MeetingPack", "Backlog item"),
            QCoreApplication::translate("MeetingPack", "Priority"),
            QCoreApplication::translate("MeetingPack", "Status"),
            QCoreApplication::translate("MeetingPack", "Target quarter")});
    QList<BacklogItem> backlog = workspace.repository<BacklogItem>().all();
    std::stable_sort(
        backlog.begin(), backlog.end(), [](const BacklogItem& a, const BacklogItem& b) {
            return a.priority != b.priority ? a.priority < b.priority : a.value > b.value;
        });
    int shown = 0;
    for (const BacklogItem& item : std::as_const(backlog)) {
        if (item.status == BacklogStatus::Done || item.status == BacklogStatus::Rejected
            || shown == 8)
            continue;
        ++shown;
        html += QStringLiteral("<tr>") + cell(item.title) + cell(enumLabel(item.priority))
            + cell(enumLabel(item.status)) + cell(item.targetQuarter) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace stuurboord
