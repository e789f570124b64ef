#include "DomainTables.h"

#include "ActionItem.h"
#include "Agreement.h"
#include "Annotation.h"
#include "BacklogItem.h"
#include "BenefitAssumption.h"
#include "BenchmarkValue.h"
#include "BudgetLine.h"
#include "BudgetYear.h"
#include "Decision.h"
#include "DismissedSignal.h"
#include "Expense.h"
#include "Goal.h"
#include "HeadcountEntry.h"
#include "ImportBatch.h"
#include "ImportProfile.h"
#include "Kpi.h"
#include "KpiChange.h"
#include "KpiTarget.h"
#include "KpiValue.h"
#include "Meeting.h"
#include "MeetingAttendee.h"
#include "MeetingParticipant.h"
#include "MeetingSeries.h"
#include "Metric.h"
#include "Observation.h"
#include "OrganisationProfile.h"
#include "Stakeholder.h"
#include "ThresholdRule.h"
#include "Wish.h"

namespace stuurboord {

const QList<const TableSpec*>& DomainTables::all()
{
    static const QList<const TableSpec*> tables{
        &OrganisationProfile::entity().spec(),
        &HeadcountEntry::entity().spec(),
        &Stakeholder::entity().spec(),
        &Goal::entity().spec(),
        &MeetingSeries::entity().spec(),
        &MeetingParticipant::entity().spec(),
        &Meeting::entity().spec(),
        &MeetingAttendee::entity().spec(),
        &Decision::entity().spec(),
        &Metric::entity().spec(),
        &Kpi::entity().spec(),
        &KpiTarget::entity().spec(),
        &ThresholdRule::entity().spec(),
        &KpiValue::entity().spec(),
        &KpiChange::entity().spec(),
        &ActionItem::entity().spec(),
        &Agreement::entity().spec(),
        &BudgetYear::entity().spec(),
        &BudgetLine::entity().spec(),
        &Expense::entity().spec(),
        &BacklogItem::entity().spec(),
        &Wish::entity().spec(),
        &ImportBatch::entity().spec(),
        &Observation::entity().spec(),
        &ImportProfile::entity().spec(),
        &Annotation::entity().spec(),
        &BenchmarkValue::entity().spec(),
        &BenefitAssumption::entity().spec(),
        &DismissedSignal::entity().spec(),
    };
    return tables;
}

const TableSpec* DomainTables::find(const QString& table)
{
    for (const TableSpec* spec : all()) {
        if (spec->table() == table)
            return spec;
    }
    return nullptr;
}

} // namespace stuurboord
