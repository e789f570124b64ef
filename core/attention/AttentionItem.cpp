#include "AttentionItem.h"

namespace stuurboord {

template <> const EnumSpec& enumSpec<AttentionKind>()
{
    static const EnumSpec spec({
        {"kpi_off_track", QT_TRANSLATE_NOOP("Enum", "KPI off track")},
        {"kpi_at_risk", QT_TRANSLATE_NOOP("Enum", "KPI at risk")},
        {"follow_up_fired", QT_TRANSLATE_NOOP("Enum", "follow-up action")},
        {"action_overdue", QT_TRANSLATE_NOOP("Enum", "overdue action item")},
        {"measurement_overdue", QT_TRANSLATE_NOOP("Enum", "overdue measurement moment")},
        {"agreement_review", QT_TRANSLATE_NOOP("Enum", "agreement due for review")},
        {"contact_lapsed", QT_TRANSLATE_NOOP("Enum", "contact lapsed")},
        {"no_sponsor", QT_TRANSLATE_NOOP("Enum", "no sponsor")},
        {"budget_warning", QT_TRANSLATE_NOOP("Enum", "budget warning")},
        {"backlog_decision", QT_TRANSLATE_NOOP("Enum", "backlog item awaiting a decision")},
    });
    return spec;
}

template <> const EnumSpec& enumSpec<AttentionSeverity>()
{
    static const EnumSpec spec({
        {"notice", QT_TRANSLATE_NOOP("Enum", "notice")},
        {"warning", QT_TRANSLATE_NOOP("Enum", "warning")},
        {"urgent", QT_TRANSLATE_NOOP("Enum", "urgent")},
    });
    return spec;
}

} // namespace stuurboord
