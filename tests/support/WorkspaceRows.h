#pragma once

// What a test reads straight from a workspace's tables, past every layer: the figures and
// the number of rows, to check that an operation left exactly what it should.

#include "storage/queries/UsageQueries.h"
#include "storage/Workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace stuurboord::test {

// Every row a query gives, each as its columns joined by '|', sorted.
inline QStringList rows(Workspace& workspace, const QString& select)
{
    QStringList all;
    QSqlQuery query(select, workspace.database());
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        all << fields.join(u'|');
    }
    all.sort();
    return all;
}

// Every figure as text (metric key, period, dimension, value, window, batch), sorted.
inline QStringList figures(Workspace& workspace)
{
    return rows(workspace,
        QStringLiteral("SELECT m.key, o.period, o.dimension, o.value, o.window_start, "
                       "o.window_end, o.batch_id FROM observation o JOIN metric m ON "
                       "m.id = o.metric_id"));
}

// A metric's value in a month (for a dimension, "" for the organisation) as the KPIs and
// `metrics` see it: its windows combined by the metric's rule; -1 when there is none.
inline double monthValue(Workspace& workspace, const QString& metric, const QString& month,
    const QString& dimension = {})
{
    for (const auto& v : UsageQueries(workspace.database()).monthValues(metric, month)) {
        if (v.dimension == dimension)
            return v.value;
    }
    return -1;
}

inline qint64 count(Workspace& workspace, const QString& table)
{
    QSqlQuery query(QStringLiteral("SELECT count(*) FROM %1").arg(table), workspace.database());
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace stuurboord::test
