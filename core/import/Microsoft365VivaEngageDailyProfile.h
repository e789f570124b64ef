#pragma once

#include "Microsoft365UsageReport.h"
#include "SourceProfile.h"

#include <QDate>
#include <QMap>

namespace stuurboord {

// Microsoft 365 admin center / Graph "Viva Engage activity counts" export: the messages
// liked, posted and read in the whole organisation, one row per day. Every day is its own
// window and counts for its own month, so the figures follow the calendar exactly.
class Microsoft365VivaEngageDailyProfile final : public SourceProfile
{
public:
    QString name() const override;
    int recognise(const ProfileInput& input, QString* reason) const override;
    bool begin(const ProfileInput& input, ImportSink& sink, QString* error) override;
    void take(const CsvRecord& record, ImportSink& sink) override;
    void finish(ImportSink& sink) override;

private:
    QList<Microsoft365UsageReport::Count> m_counts;
    qsizetype m_day = -1;
    QMap<QDate, int> m_lines; // the days read, and where, to catch a day that comes twice
};

} // namespace stuurboord
