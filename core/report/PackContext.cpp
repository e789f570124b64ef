#include "PackContext.h"

#include "Clock.h"
#include "domain/Stakeholder.h"
#include "i18n/DateWords.h"
#include "storage/Workspace.h"

#include <algorithm>

namespace stuurboord {

namespace {
std::optional<Meeting> meetingBefore(Workspace& workspace, const QDate& date, const std::optional<Meeting>& meeting)
{
    std::optional<Meeting> previous;
    for (const Meeting& other : workspace.repository<Meeting>().all()) {
        if (meeting && other.seriesId != meeting->seriesId)
            continue;
        if (other.date < date && (!previous || previous->date < other.date))
            previous = other;
    }
    return previous;
}
} // namespace

PackContext::PackContext(Workspace& workspace, const QDate& asOf, std::optional<Meeting> meeting)
    : workspace(workspace)
    , asOf(asOf)
    , today(Clock::today())
    , meeting(std::move(meeting))
    , previous(meetingBefore(workspace, asOf, this->meeting))
    , evaluator(workspace, asOf)
{
    for (const Stakeholder& person : workspace.repository<Stakeholder>().all())
        m_names.insert(person.id, person.name);
    for (const Kpi& kpi : workspace.repository<Kpi>().all()) {
        if (kpi.lifecycle == KpiLifecycle::Active || kpi.lifecycle == KpiLifecycle::UnderReview)
            kpis << kpi;
    }
    std::stable_sort(kpis.begin(), kpis.end(), [](const Kpi& a, const Kpi& b) { return a.id < b.id; });
    for (const Kpi& kpi : std::as_const(kpis))
        tiles << KpiTile::from(kpi, evaluator.series(kpi));
}

QString PackContext::date(const QDate& day)
{
    return DateWords::day(day);
}

QString PackContext::capitalised(const QString& text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace stuurboord
