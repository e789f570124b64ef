#pragma once

#include "AgendaPoint.h"

#include <QDate>
#include <QList>

namespace stuurboord {

class RecordStore;
class Workspace;

// Proposes a meeting's agenda from what needs attention on its date: what the previous
// meeting left open, KPIs off track or at risk, fired follow-up actions, overdue action
// items and measurement moments, agreements due for review, budget warnings, backlog items
// awaiting a decision, lapsed contacts, a missing sponsor, and the standing points. Each point says why it is there; the
// coordinator edits the result.
class AgendaProposal final
{
public:
    static QList<AgendaPoint> propose(Workspace& workspace, qint64 seriesId, const QDate& date);
    // Numbered agenda text with each reason under its point, for the meeting's agenda field.
    static QString toText(const QList<AgendaPoint>& points);

private:
    static void addPreviousMeeting(RecordStore& store, qint64 seriesId, const QDate& date,
        QList<AgendaPoint>& points);
    static void addOverdueActions(RecordStore& store, const QDate& date, QList<AgendaPoint>& points);
    static void addAgreementReviews(RecordStore& store, const QDate& date, QList<AgendaPoint>& points);
    static void addCollected(Workspace& workspace, const QDate& date, QList<AgendaPoint>& points);
    static void addStakeholderPoints(RecordStore& store, const QDate& date, QList<AgendaPoint>& points);
};

} // namespace stuurboord
