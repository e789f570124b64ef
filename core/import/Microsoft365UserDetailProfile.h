#pragma once

#include "Microsoft365UsageReport.h"
#include "SourceProfile.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <utility>

namespace stuurboord {

// The Microsoft 365 "activity user detail" reports (SharePoint, Teams, Viva Engage): one
// row per user for a rolling window of `Report Period` days ending on `Report Refresh
// Date`. Each window is reduced to the sums of its counts, the users listed and the users
// active. Names are never kept: users are told apart by a salted hash of the lower-cased
// principal name, held only while the file is read. The subclasses say which columns.
class Microsoft365UserDetailProfile : public SourceProfile
{
public:
    // Which columns a report has and the metrics they become.
    struct Layout
    {
        QStringList required; // the columns that identify the report
        QList<Microsoft365UsageReport::Count> counts; // summed; absent columns are left out
        QString activeKey;
        QString activeLabel;
        QString listedKey;
        QString listedLabel;
        // A row whose cell here reads `deletedValue` is a user deleted during the window:
        // their activity counts, but they are not listed (licensed) any more.
        QString deletedColumn;
        QString deletedValue;
    };

    bool begin(const ProfileInput& input, ImportSink& sink, QString* error) override;
    void take(const CsvRecord& record, ImportSink& sink) override;
    void finish(ImportSink& sink) override;

protected:
    explicit Microsoft365UserDetailProfile(Layout layout);
    int findHeader(const ProfileInput& input) const;

private:
    struct Seen
    {
        size_t row = 0; // to tell a copied row from a second account under the same name
        int line = 0;
        bool active = false;
        bool deleted = false; // every row of this user says deleted
    };
    struct Window
    {
        int firstLine = 0;
        QHash<size_t, Seen> users;
        QList<double> sums;
    };

    Layout m_layout;
    QList<Microsoft365UsageReport::Count> m_counts;
    qsizetype m_refresh = -1;
    qsizetype m_period = -1;
    qsizetype m_user = -1;
    qsizetype m_lastActivity = -1;
    qsizetype m_deleted = -1;
    size_t m_seed = 0;
    int m_deletedRows = 0;
    QMap<std::pair<QDate, int>, Window> m_windows;
};

} // namespace stuurboord
