#pragma once

#include "model/EnumSpec.h"

#include <QDate>
#include <QString>

namespace stuurboord {

// What kind of thing asks for the coordinator's attention. To add a kind: a value here and
// its key in AttentionItem.cpp, and one collecting function in AttentionCollector.cpp.
enum class AttentionKind
{
    KpiOffTrack,
    KpiAtRisk,
    FollowUpFired,
    ActionOverdue,
    MeasurementOverdue,
    AgreementReview,
    ContactLapsed,
    NoSponsor,
    BudgetWarning,
    BacklogDecision,
};
template <> const EnumSpec& enumSpec<AttentionKind>();

enum class AttentionSeverity
{
    Notice,  // coming up: worth knowing
    Warning, // needs action soon
    Urgent,  // overdue or off track
};
template <> const EnumSpec& enumSpec<AttentionSeverity>();

// Where something is fixed: the page (a stable key the ui maps to a page) and the record.
struct AttentionPlace
{
    static QString goalsKpis() { return QStringLiteral("goals_kpis"); }
    static QString measurements() { return QStringLiteral("measurements"); }
    static QString data() { return QStringLiteral("data"); }
    static QString stakeholders() { return QStringLiteral("stakeholders"); }
    static QString budget() { return QStringLiteral("budget"); }
    static QString backlog() { return QStringLiteral("backlog"); }

    QString page;
    QString table;
    qint64 id = 0;
};

// One line of "Action needed": a sentence in the user's language, how urgent it is, the date
// it is about (when it fell due, the period it concerns) and where to fix it.
struct AttentionItem
{
    AttentionKind kind = AttentionKind::KpiOffTrack;
    QDate date;
    AttentionSeverity severity = AttentionSeverity::Notice;
    QString text;
    AttentionPlace place;
};

} // namespace stuurboord
