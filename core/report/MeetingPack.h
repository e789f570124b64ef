#pragma once

#include "PackBlock.h"
#include "PackRequest.h"
#include "kpi/KpiChartData.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace stuurboord {

class Workspace;

// Everything a meeting pack shows, as it stood on its date, as ready-made texts in the
// pack's language: the cover, the sections in order and the data of each KPI chart. The
// ui lays it out and paints it (on screen, on a printer, into a PDF); tests read it
// headless. DESIGN.md section 8.
struct MeetingPack
{
    QString language; // "nl" or "en"
    QDate date;       // the meeting's date, or the as-of date of a pack without a meeting
    qint64 meetingId = 0;

    QString organisation;
    QByteArray logo; // image bytes from the organisation profile; empty for none
    QString title;   // the meeting ("Stuurgroep intranet december 2026") or "Meeting pack"
    QString subtitle; // "Meeting pack for 10 December 2026"
    QList<QPair<QString, QString>> facts; // cover: label, text (date, place, period, ...)
    QStringList participants;             // "Name, role"

    QList<PackPart> parts;
    QList<KpiChartData> charts;

    // For the PDF's properties, page header and a file name to suggest.
    QString documentTitle;
    QString subject;
    QString headerText;
    QString suggestedFileName; // "Stuurgroep intranet 2026-12-24.pdf"

    // Nullopt with a reason in `error` when the meeting does not exist.
    static std::optional<MeetingPack> build(Workspace& workspace, const PackRequest& request, QString* error = nullptr);
};

} // namespace stuurboord
