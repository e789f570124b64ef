#pragma once

#include <QHash>
#include <QString>

namespace stuurboord {

// Turns a column header or metric name from an export ("Paginaweergaven", "Unique
// visitors", "Aangemaakte pagina's") into a stable metric key, preferring the keys the
// workspace already has so that next month's file lands on the same metrics.
class MetricKeys final
{
public:
    // known: metric display names and keys of the workspace, lower-cased, to their key.
    explicit MetricKeys(QHash<QString, QString> known = {});
    QString keyFor(const QString& header) const;
    static QString slug(const QString& text);

private:
    QHash<QString, QString> m_known;
};

} // namespace stuurboord
