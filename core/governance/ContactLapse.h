#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace stuurboord {

struct Stakeholder;
enum class Cadence;

// "Contact lapsed": the last contact with a stakeholder is older than the meeting cadence
// agreed with them. Judged for a given date, so a report for last month shows last month.
class ContactLapse final
{
public:
    struct Lapse
    {
        qint64 stakeholderId = 0;
        QString name;
        QString cadenceLabel; // "quarterly", in the user's language
        QDate lastContact; // invalid when there never was one
        QDate due; // when the next contact was due; invalid when there never was one
        int daysOverdue = 0;

        // "No contact with Petra Jansen since 12 May 2026 (quarterly agreed; due 12 August 2026)."
        QString sentence() const;
    };

    // Months between contacts for a cadence; 0 when none was agreed.
    static int months(Cadence cadence);
    // When the next contact is due; invalid when no cadence was agreed or never in contact.
    static QDate nextContactDue(const Stakeholder& stakeholder);
    static bool isLapsed(const Stakeholder& stakeholder, const QDate& asOf);
    // The lapsed contacts, longest overdue first (never contacted first of all).
    static QList<Lapse> find(const QList<Stakeholder>& stakeholders, const QDate& asOf);
};

} // namespace stuurboord
